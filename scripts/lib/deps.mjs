// Makes sure node_modules matches package-lock.json before anything imports a package.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { log } from './services.mjs';

export function ensureNodeModules() {
  const marker = 'node_modules/.package-lock.json';
  const stale = !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
  if (!stale) return;
  log('installing packages (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci failed');
}
