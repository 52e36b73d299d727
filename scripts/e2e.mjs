// End-to-end: the built platform on throw-away data and free ports, driven by Playwright in
// Debian's Chromium. Extra arguments go to `playwright test`.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStack } from './lib/stack.mjs';
import { ensureOsPackages, freePort, log } from './lib/services.mjs';

ensureOsPackages([{ command: 'chromium', pkg: 'chromium' }]);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'asaka-e2e-'));
// PostgreSQL runs as its own user when we are root, and must be able to reach its data directory.
chmodSync(dataDir, 0o755);
const env = { ...process.env };
for (const name of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL']) delete env[name];

let stack;
let status = 1;
try {
  const port = await freePort();
  // Mail links must point at the host the browser uses: cookies are kept per host name.
  env.APP_BASE_URL = `http://127.0.0.1:${port}`;
  stack = await startStack({ dataDir, port, mailUiPort: await freePort(), env, fast: true, quiet: true });
  log(`e2e against ${stack.appUrl}`);
  status = await new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', ...process.argv.slice(2)], {
      stdio: 'inherit',
      // E2E_DATABASE_URL: the throw-away database, for the one story that turns a session's clock back.
      env: { ...process.env, E2E_BASE_URL: stack.appUrl.replace('localhost', '127.0.0.1'), E2E_MAIL_URL: stack.mailUiUrl, E2E_DATABASE_URL: stack.databaseUrl },
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
} catch (error) {
  log(`e2e could not run: ${error.message}`);
} finally {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
