// Pieces every benchmark under bench/ shares: progress lines, bounded waits, a temporary directory
// whose services are stopped on exit or Ctrl-C, migrations from the compiled server, the load
// generator (autocannon, latencies of every response kept for exact percentiles), and the baseline
// every database-backed figure is compared with: a bare `node:http` server answering one
// primary-key SELECT through `pg`. For signed-in endpoints: accounts inserted directly, signed in
// through the API (CSRF included), a keep-alive client with exact per-request latency, and the CPU
// used by each process the benchmark started.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http, { createServer } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist/server');
export const MIGRATE = path.join(DIST, 'apps/api/src/migrate.js');
export const API_MAIN = path.join(DIST, 'apps/api/src/main.js');
export const PASSWORD_HASHER = path.join(DIST, 'libs/server/accounts/src/password-hasher.js');
export const DOMAIN = path.join(DIST, 'libs/shared/domain/src/index.js');

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
  // Ctrl-C and the normal end may both ask: the services are stopped once, in order.
  let cleaning;
  const cleanup = () =>
    (cleaning ??= (async () => {
      await stopAll();
      rmSync(tmp, { recursive: true, force: true });
    })());
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

/**
 * PostgreSQL (production durability) and Redis in the workspace, with a migrated database.
 * `onPostgresLog` receives PostgreSQL's log output (e.g. to count deadlocks or constraint errors).
 */
export async function startDatabaseServices(workspace, { database = 'bench', smtpUrl = 'smtp://127.0.0.1:2525', onPostgresLog } = {}) {
  const { freePort, startPostgres, startRedis } = await import('../../scripts/lib/services.mjs');
  const [pgPort, redisPort] = await Promise.all([freePort(), freePort()]);
  const postgres = await startPostgres({ dataDir: path.join(workspace.tmp, 'pg'), port: pgPort, fast: false, ...(onPostgresLog ? { onLog: onPostgresLog } : {}) });
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

/**
 * The compiled API in production mode on a free port; resolves once /api/health/live answers.
 * `main` runs another build of the API's main.js (e.g. a patched copy, to measure a change before making it).
 */
export async function startApi(workspace, { databaseUrl, redisUrl, smtpUrl, env = {}, nodeArgs = [], main = API_MAIN }) {
  const { freePort, stopChild } = await import('../../scripts/lib/services.mjs');
  const port = await freePort();
  // Production serves the web app too; a placeholder page stands in so no web build is needed.
  const webDir = path.join(workspace.tmp, 'web');
  mkdirSync(webDir, { recursive: true });
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>bench</title>');
  const child = spawn(process.execPath, [...nodeArgs, main], {
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
  // An idle connection ended by PostgreSQL stopping (e.g. on Ctrl-C) is not a failure of the benchmark.
  pool.on('error', () => undefined);
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

/** p50, p95, p99 and max of a list of latencies (ms), exact (nearest rank). */
export function latencySummary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? Number.NaN };
}

/**
 * Verified accounts made directly in the database, all with one password (hashed once with the
 * compiled PasswordHasher, so they can sign in through the API). Returns them in the order given.
 */
export async function insertUsers(databaseUrl, { emails, roles = [], password = 'bench passphrase 0123', locale = 'ja' }) {
  requireBuilt([PASSWORD_HASHER, DOMAIN]);
  const require = createRequire(import.meta.url);
  const { PasswordHasher } = require(PASSWORD_HASHER);
  const { normalizeEmail } = require(DOMAIN);
  const hash = await new PasswordHasher().hash(password);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `INSERT INTO user_account (email, email_normalized, password_hash, display_name, locale, roles, email_verified_at)
       SELECT e.email, e.normalized, $3, split_part(e.email, '@', 1), $4, $5::text[], now()
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS e(email, normalized, n) ORDER BY e.n
       RETURNING id, email`,
      [emails, emails.map(normalizeEmail), hash, locale, roles],
    );
    const ids = new Map(rows.map((row) => [row.email, row.id]));
    return emails.map((email) => ({ id: ids.get(email), email, password }));
  } finally {
    await client.end();
  }
}

/**
 * A keep-alive HTTP client for the API with exact per-request latency: `send` times one request
 * from writing it to the end of the body; `warm(n)` opens n connections beforehand, so a burst of
 * n requests measures the server, not TCP handshakes.
 */
export function httpClient(baseUrl, { maxSockets = 1024 } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  const base = new URL(baseUrl);
  const send = ({ method = 'GET', path: requestPath, headers = {}, body }) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
      const allHeaders = payload ? { 'content-type': 'application/json', 'content-length': payload.length, ...headers } : headers;
      const started = performance.now();
      const request = http.request({ host: base.hostname, port: base.port, method, path: requestPath, headers: allHeaders, agent }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started, startedAt: started }),
        );
      });
      request.on('error', reject);
      request.end(payload);
    });
  const warm = async (connections, warmPath = '/api/health/live') => {
    await Promise.all(Array.from({ length: connections }, () => send({ path: warmPath })));
    const open = Object.values(agent.freeSockets).reduce((sum, list) => sum + list.length, 0);
    if (open < connections) throw new Error(`only ${open} of ${connections} connections stayed open`);
  };
  return { send, warm, close: () => agent.destroy() };
}

function cookiesOf(response) {
  const list = response.headers['set-cookie'] ?? [];
  return Object.fromEntries(list.map((line) => line.split(';')[0]).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

/**
 * Signs people in through the API as the web app does (GET /api/auth/csrf for the token and its
 * cookie, then POST /api/auth/login with X-CSRF-Token), `concurrency` at a time (each sign-in
 * verifies an argon2 hash). Returns per person the headers an unsafe request needs.
 */
export async function signIn(client, people, { concurrency = 8 } = {}) {
  const sessions = new Array(people.length);
  let next = 0;
  const one = async (person) => {
    const csrf = await client.send({ path: '/api/auth/csrf' });
    if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}: ${csrf.body.slice(0, 300)}`);
    const { token } = JSON.parse(csrf.body);
    const cookies = cookiesOf(csrf);
    const login = await client.send({
      method: 'POST',
      path: '/api/auth/login',
      headers: { cookie: Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': token },
      body: { email: person.email, password: person.password },
    });
    if (login.status !== 204) throw new Error(`sign-in of ${person.email} answered ${login.status}: ${login.body.slice(0, 300)}`);
    Object.assign(cookies, cookiesOf(login));
    return { ...person, headers: { cookie: Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': token } };
  };
  await Promise.all(
    Array.from({ length: Math.min(concurrency, people.length) }, async () => {
      while (next < people.length) {
        const i = next++;
        sessions[i] = await one(people[i]);
      }
    }),
  );
  return sessions;
}

/**
 * CPU seconds used so far by processes this one started (Linux /proc), by kind: `named` maps a pid
 * to its kind (e.g. { [api.pid]: 'api' }); PostgreSQL and Redis processes are recognised by name;
 * `bench` is this process. Undefined where /proc is not readable.
 */
export function cpuByKind(named = {}) {
  const table = new Map();
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime + stime (+ cutime + cstime: PostgreSQL's backends that already ended).
        const cpu = (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
        table.set(Number(entry), { ppid: Number(fields[1]), comm, cpu });
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return undefined;
  }
  const self = process.cpuUsage();
  const kinds = { bench: (self.user + self.system) / 1e6, postgres: 0, redis: 0, other: 0 };
  for (const kind of Object.values(named)) kinds[kind] = 0;
  const pending = [process.pid];
  while (pending.length) {
    const parent = pending.pop();
    for (const [pid, proc] of table) {
      if (proc.ppid !== parent) continue;
      pending.push(pid);
      const kind = named[pid] ?? (proc.comm.startsWith('postgres') ? 'postgres' : proc.comm.startsWith('redis') ? 'redis' : 'other');
      kinds[kind] += proc.cpu;
    }
  }
  return kinds;
}

/** CPU ms per unit of work between two `cpuByKind` readings, by kind, with the total. */
export function cpuPer(before, after, units) {
  if (!before || !after) return undefined;
  const per = Object.fromEntries(Object.keys(after).map((kind) => [kind, ((after[kind] - (before[kind] ?? 0)) * 1000) / units]));
  per.total = Object.values(per).reduce((a, b) => a + b, 0);
  return per;
}

export const describeCpu = (per, unit) =>
  per
    ? `CPU per ${unit} ${per.total.toFixed(2)} ms (` +
      Object.entries(per)
        .filter(([kind, ms]) => kind !== 'total' && ms >= 0.005)
        .map(([kind, ms]) => `${kind} ${ms.toFixed(2)}`)
        .join(', ') +
      ')'
    : `CPU per ${unit} n/a`;
