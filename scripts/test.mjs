// `npm test`: sets up what it needs on a fresh machine, then runs every check; non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { ensureNodeModules } from './lib/deps.mjs';
import { ensureOsPackages, log } from './lib/services.mjs';

const started = Date.now();
ensureNodeModules();
ensureOsPackages([
  { command: 'redis-server', pkg: 'redis-server' },
  { command: 'chromium', pkg: 'chromium' },
  { command: 'docker-compose', pkg: 'docker-compose' },
]);

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: process.env.CI ? '0' : '1' };
const steps = [
  ['type-check', 'npm', ['run', '--silent', 'typecheck']],
  // The module-boundaries rule reads Nx's cached project graph and is silently skipped without it.
  ['project graph', 'npx', ['nx', 'show', 'projects']],
  ['lint', 'npx', ['eslint', '--max-warnings=0', '.']],
  ['unit tests', 'npx', ['jest', '--selectProjects', 'unit', 'web', '--ci']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['integration tests', 'npx', ['jest', '--selectProjects', 'integration', '--ci', '--maxWorkers=2']],
  ['end-to-end tests', process.execPath, ['scripts/e2e.mjs']],
];

const results = [];
for (const [name, command, args] of steps) {
  const stepStart = Date.now();
  log(`── ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  results.push(`${result.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (result.status !== 0) {
    log(`${name} failed`);
    break;
  }
}
for (const line of results) log(line);
const failed = results.some((line) => line.startsWith('FAIL'));
log(`${failed ? 'FAILED' : 'all checks passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
