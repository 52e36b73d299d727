// `npm start`: everything a newcomer needs, on embedded defaults, data kept in DATA_DIR (.data).
import path from 'node:path';
import { ensureNodeModules } from './lib/deps.mjs';

const started = Date.now();
ensureNodeModules();
const { createStopper, log, startStack } = await import('./lib/stack.mjs');
const { ensureBuilt } = await import('./lib/build-state.mjs');
ensureBuilt();

const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
const port = Number(process.env.PORT ?? 3000);
const mailUiPort = Number(process.env.MAIL_UI_PORT ?? 1080);

// Installed before anything starts, so Ctrl-C during start-up stops what is already running.
const stopper = createStopper();
let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  await stopper.stopAll();
  log('stopped; data kept.');
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

let stack;
try {
  stack = await startStack({ dataDir, port, mailUiPort, stopper });
} catch (error) {
  if (stopping) await new Promise(() => {});
  log(`could not start: ${error.message}`);
  process.exit(1);
}

log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
log(`  portal and API   ${stack.appUrl}   (API docs: ${stack.appUrl}/api/docs)`);
if (stack.mailUiUrl) log(`  mail inbox       ${stack.mailUiUrl.replace('127.0.0.1', 'localhost')}`);
log(`  data             ${dataDir}   (npm run reset wipes it)`);
log('Ctrl-C stops everything.');

for (const child of [stack.api, stack.worker]) {
  child.on('exit', (code) => {
    if (stopping) return;
    log(`${child === stack.api ? 'API' : 'worker'} exited (${code}); stopping the rest`);
    void shutdown();
  });
}
