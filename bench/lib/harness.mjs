// Pieces every benchmark under bench/ shares: progress lines, bounded waits, a temporary directory
// whose services are stopped on exit or Ctrl-C, migrations from the compiled server, the load
// generator (autocannon, latencies of every response kept for exact percentiles), and the baseline
// every database-backed figure is compared with: a bare `node:http` server answering one
// primary-key SELECT through `pg`.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist/server');
export const MIGRATE = path.join(DIST, 'apps/api/src/migrate.js');
export const API_MAIN = path.join(DIST, 'apps/api/src/main.js');

export const progress = (message) => process.stderr.write(`[bench] ${message}\n`);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check, { timeoutMs, intervalMs = 50, what }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not reached after ${timeoutMs / 1000} s`);
    await sleep(intervalMs);
  }
}

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms / 1000} s`)), ms);
    }),
  ]);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The value below which `share` (0–1) of the sorted values fall (nearest rank). */
export function percentile(sorted, share) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

export function requireBuilt(files) {
  for (const file of files) {
    if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`node scripts/build.mjs server\` first.`);
  }
}

/**
 * Runs `body(workspace)` with a temporary directory and a list of stops; everything pushed on
 * `workspace.stops` is stopped (last first) at the end, on an error and on Ctrl-C, and the
 * directory is removed.
 */
export async function withWorkspace(body) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'asaka-bench-'));
  // Run as root, embedded PostgreSQL runs as its own user, which must be able to enter this directory.
  chmodSync(tmp, 0o755);
  const stops = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => progress(`cleanup: ${error.message}`));
    stops.length = 0;
  };
  const cleanup = async () => {
    await stopAll();
    rmSync(tmp, { recursive: true, force: true });
  };
  const onSignal = () => {
    progress('interrupted, stopping everything');
    void cleanup().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await body({ tmp, stops, stopAll });
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** PostgreSQL (production durability) and Redis in the workspace, with a migrated database. */
export async function startDatabaseServices(workspace, { database = 'bench', smtpUrl = 'smtp://127.0.0.1:2525' } = {}) {
  const { freePort, startPostgres, startRedis } = await import('../../scripts/lib/services.mjs');
  const [pgPort, redisPort] = await Promise.all([freePort(), freePort()]);
  const postgres = await startPostgres({ dataDir: path.join(workspace.tmp, 'pg'), port: pgPort, fast: false });
  workspace.stops.push(() => postgres.stop());
  await postgres.createDatabase(database);
  const databaseUrl = postgres.urlFor(database);
  const redis = await startRedis({ port: redisPort, dataDir: path.join(workspace.tmp, 'redis') });
  workspace.stops.push(() => redis.stop());
  migrate({ PATH: process.env.PATH, DATABASE_URL: databaseUrl, REDIS_URL: redis.url, SMTP_URL: smtpUrl });
  return { databaseUrl, redisUrl: redis.url, smtpUrl };
}

export function migrate(env) {
  const result = spawnSync(process.execPath, [MIGRATE], { env, encoding: 'utf8', timeout: 60000 });
  if (result.status !== 0) throw new Error(`migrations failed:\n${result.stdout}\n${result.stderr}`);
}

/** The compiled API in production mode on a free port; resolves once /api/health/live answers. */
export async function startApi(workspace, { databaseUrl, redisUrl, smtpUrl, env = {}, nodeArgs = [] }) {
  const { freePort, stopChild } = await import('../../scripts/lib/services.mjs');
  const port = await freePort();
  // Production serves the web app too; a placeholder page stands in so no web build is needed.
  const webDir = path.join(workspace.tmp, 'web');
  mkdirSync(webDir, { recursive: true });
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>bench</title>');
  const child = spawn(process.execPath, [...nodeArgs, API_MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      COOKIE_SECRET: 'bench-cookie-secret-0123456789abcdef0123456789',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      SMTP_URL: smtpUrl,
      WEB_DIST_DIR: webDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => (output = (output + chunk).slice(-20000));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  workspace.stops.push(() => stopChild(child, 20000));
  const url = `http://127.0.0.1:${port}`;
  await until(
    async () => {
      if (child.exitCode !== null) throw new Error(`the API exited:\n${output}`);
      return fetch(`${url}/api/health/live`).then((r) => r.ok, () => false);
    },
    { timeoutMs: 60000, intervalMs: 200, what: 'API listening' },
  );
  return { url, pid: child.pid, output: () => output };
}

/**
 * The limit for any database-backed request on this machine: `node:http` + a `pg` pool of the
 * API's default size answering `SELECT … WHERE id = $1` for one of `ids`, as JSON. Nothing else:
 * no framework, no validation, no logging.
 */
export async function startBarePrimaryKeyServer(workspace, { databaseUrl, sql, ids, poolSize = 10 }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  let next = 0;
  const server = createServer((request, response) => {
    const id = ids[next++ % ids.length];
    pool.query(sql, [id]).then(
      (result) => {
        const body = JSON.stringify(result.rows[0] ?? null);
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        response.end(body);
      },
      (error) => {
        response.writeHead(500);
        response.end(String(error.message));
      },
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  workspace.stops.push(async () => {
    await new Promise((resolve) => server.close(resolve));
    await pool.end();
  });
  return { url: `http://127.0.0.1:${server.address().port}` };
}

/**
 * autocannon against one URL for `seconds`, after a `warmupSeconds` run that is thrown away; with
 * `nextPath`, every request asks for the path it returns (e.g. a different query each time).
 * Every response's latency is kept, so p95 is exact.
 */
export async function load({ url, nextPath, connections, seconds, warmupSeconds = 2 }) {
  const requests = nextPath ? [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }] : undefined;
  if (warmupSeconds > 0) await runAutocannon({ url, requests, connections, seconds: warmupSeconds });
  return runAutocannon({ url, requests, connections, seconds });
}

async function runAutocannon({ url, requests, connections, seconds }) {
  const latencies = [];
  let non2xx = 0;
  let instance;
  const finished = new Promise((resolve, reject) => {
    instance = autocannon({ url, requests, connections, duration: seconds, pipelining: 1 }, (error, result) => (error ? reject(error) : resolve(result)));
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) non2xx += 1;
  });
  const result = await withTimeout(finished, (seconds + 30) * 1000, 'autocannon');
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1),
    non2xx,
    errors: result.errors + result.timeouts,
  };
}

export function describeLoad(load) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  return `${load.rps.toFixed(0)} req/s, p50 ${ms(load.p50)}, p95 ${ms(load.p95)}, p99 ${ms(load.p99)}, max ${ms(load.max)} (${load.requests} requests, ${load.non2xx} non-2xx, ${load.errors} errors)`;
}
