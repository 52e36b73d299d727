// Builds the server (tsc, then path aliases rewritten to relative requires) and the web app (Vite).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const only = process.argv[2];
if (!only || only === 'server') {
  rmSync('dist/server', { recursive: true, force: true });
  run('npx', ['tsc', '-p', 'tsconfig.server.json']);
  run('npx', ['tsc-alias', '-p', 'tsconfig.server.json']);
}
if (!only || only === 'web') {
  run('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']);
}
