// Runs the whole platform: PostgreSQL, Redis and the mail catcher (embedded unless their URLs are
// given), migrations, demo data, then the API (serving the web app) and the worker.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { freePort, log, portIsFree, startMailDev, startPostgres, startRedis, stopChild } from './services.mjs';

async function choosePort(preferred) {
  return (await portIsFree(preferred)) ? preferred : freePort();
}

async function waitForHealthy(url, timeoutMs, children) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const child of children) {
      if (child.exitCode !== null) throw new Error(`${child.spawnargs.at(-1)} exited with code ${child.exitCode}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} not healthy after ${timeoutMs} ms`);
}

/**
 * Stops, in reverse order, whatever a stack has started so far. Given to startStack by its caller
 * so a Ctrl-C during start-up stops the services already running, too.
 */
export function createStopper() {
  const stops = [];
  return {
    add: (stop) => stops.push(stop),
    stopAll: async () => {
      while (stops.length > 0) await stops.pop()().catch(() => undefined);
    },
  };
}

/**
 * Options: dataDir, port, mailUiPort, env (the caller's environment: DATABASE_URL, REDIS_URL and
 * SMTP_URL there replace the embedded services), fast (test-only PostgreSQL settings), quiet,
 * stopper (see createStopper).
 */
export async function startStack({ dataDir, port, mailUiPort, env = process.env, fast = false, quiet = false, seed = true, stopper = createStopper() }) {
  const stopAll = stopper.stopAll;
  try {
    const onLog = quiet ? () => {} : undefined;
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startPostgres({ dataDir: path.join(dataDir, 'postgres'), port: await freePort(), fast });
      stopper.add(pg.stop);
      await pg.createDatabase('asaka');
      databaseUrl = pg.urlFor('asaka');
    }
    let redisUrl = env.REDIS_URL;
    if (!redisUrl) {
      const redis = await startRedis({ port: await freePort(), dataDir: path.join(dataDir, 'redis') });
      stopper.add(redis.stop);
      redisUrl = redis.url;
    }
    let smtpUrl = env.SMTP_URL;
    let mailUiUrl;
    if (!smtpUrl) {
      const mail = await startMailDev({
        smtpPort: await choosePort(1025),
        webPort: await choosePort(mailUiPort),
        mailDir: path.join(dataDir, 'mail'),
        onLog,
      });
      stopper.add(mail.stop);
      smtpUrl = mail.smtpUrl;
      mailUiUrl = mail.webUrl;
    }

    const childEnv = {
      ...env,
      NODE_ENV: env.NODE_ENV ?? 'development',
      PORT: String(port),
      APP_BASE_URL: env.APP_BASE_URL ?? `http://localhost:${port}`,
      WEB_DIST_DIR: env.WEB_DIST_DIR ?? path.resolve('dist', 'web'),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      SMTP_URL: smtpUrl,
    };
    const server = (name) => path.join('dist', 'server', 'apps', ...name.split('/'));
    for (const step of ['api/src/migrate.js', ...(seed ? ['api/src/seed.js'] : [])]) {
      // Bounded: a step that waits for ever (a query queued behind its own transaction) must fail, not hang the start or CI.
      const result = spawnSync(process.execPath, [server(step)], { env: childEnv, stdio: quiet ? 'pipe' : 'inherit', timeout: 180_000, killSignal: 'SIGKILL' });
      if (result.error?.code === 'ETIMEDOUT') throw new Error(`${step} did not finish within 180 s`);
      if (result.status !== 0) throw new Error(`${step} failed${quiet ? `:\n${result.stderr}` : ''}`);
    }
    const stdio = quiet ? 'ignore' : 'inherit';
    const api = spawn(process.execPath, [server('api/src/main.js')], { env: childEnv, stdio });
    stopper.add(() => stopChild(api, 15000));
    const worker = spawn(process.execPath, [server('worker/src/main.js')], { env: childEnv, stdio });
    stopper.add(() => stopChild(worker, 15000));
    const appUrl = `http://localhost:${port}`;
    await waitForHealthy(`http://127.0.0.1:${port}/api/health`, 60000, [api, worker]);
    return { appUrl, mailUiUrl, databaseUrl, redisUrl, smtpUrl, api, worker, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

export { log };
