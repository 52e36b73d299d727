// Rebuilds only when a source file is newer than the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { log } from './services.mjs';

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

export function ensureBuilt() {
  const outputs = ['dist/server/apps/api/src/main.js', 'dist/web/index.html'];
  const builtAt = outputs.every((f) => existsSync(f)) ? Math.min(...outputs.map((f) => statSync(f).mtimeMs)) : 0;
  const sourcesAt = Math.max(newest('apps'), newest('libs'), statSync('package-lock.json').mtimeMs, statSync('tsconfig.base.json').mtimeMs);
  if (builtAt > sourcesAt) return;
  log('building…');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
}
