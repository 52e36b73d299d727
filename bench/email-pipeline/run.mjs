// Benchmark of the queued-email pipeline (see bench/README.md). Run after `node scripts/build.mjs server`:
//   node bench/email-pipeline/run.mjs [--count 5000] [--runs 1] [--env NAME=VALUE]... [--skip-startup] [--skip-throughput] [--cpu-prof DIR]
// --env sets a worker variable for the pipeline run (e.g. --env NOTIFICATIONS_CONCURRENCY=50).
// --runs N repeats (a) and (b) alternately and reports the median of each.
// --cpu-prof DIR writes a V8 CPU profile of each pipeline worker there (open it in Chrome DevTools).
// --worker FILE runs another build of the worker's main.js (to compare a change before making it).
// Figures go to stdout as plain lines; progress goes to stderr.
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import nodemailer from 'nodemailer';
import pg from 'pg';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(ROOT);
const { freePort, stopChild } = await import('../../scripts/lib/services.mjs');
const { cpuByKind, cpuPer, describeCpu, median, progress, requireBuilt, startDatabaseServices, until, withTimeout, withWorkspace } = await import('../lib/harness.mjs');

const WORKER_MAIN = path.join(ROOT, 'dist/server/apps/worker/src/main.js');
const MIGRATE = path.join(ROOT, 'dist/server/apps/api/src/migrate.js');
const NOTIFICATIONS = path.join(ROOT, 'dist/server/libs/server/notifications/src/index.js');
const FROM = '朝霞市 産業振興ポータル <no-reply@asaka-portal.localhost>';
// The worker's defaults (libs/server/platform/src/config/app-config.ts), mirrored by the bare loop.
const DEFAULT_CONCURRENCY = 20;
const DEFAULT_SMTP_POOL = 5;


function parseArgs(argv) {
  const options = { count: 5000, env: {}, startup: true, throughput: true, runs: 1 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--count') options.count = Number(argv[++i]);
    else if (arg === '--env') {
      const [name, ...value] = String(argv[++i]).split('=');
      options.env[name] = value.join('=');
    } else if (arg === '--skip-startup') options.startup = false;
    else if (arg === '--skip-throughput') options.throughput = false;
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--cpu-prof') options.cpuProfDir = path.resolve(String(argv[++i]));
    else if (arg === '--worker') options.workerMain = path.resolve(String(argv[++i]));
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.count) || options.count <= 0) throw new Error('--count must be a positive integer');
  if (!Number.isInteger(options.runs) || options.runs <= 0) throw new Error('--runs must be a positive integer');
  return options;
}

/** Busy and total CPU ticks of the machine (Linux /proc/stat), to tell a CPU-bound run from a waiting one. */
function cpuTicks() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + (fields[4] ?? 0);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

function busyShare(before, after) {
  if (!before || !after || after.total === before.total) return NaN;
  return (after.busy - before.busy) / (after.total - before.total);
}

/** CPU seconds a process has used so far (Linux /proc/<pid>/stat), NaN elsewhere. */
function processCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** The SMTP sink in a child process; stats() asks it what it has counted. */
async function startCounter() {
  const child = fork(path.join(ROOT, 'bench/email-pipeline/smtp-counter.mjs'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const ask = (type) =>
    withTimeout(
      new Promise((resolve) => {
        const onMessage = (message) => {
          if (message?.type !== type) return;
          child.off('message', onMessage);
          resolve(message);
        };
        child.on('message', onMessage);
        child.send({ type });
      }),
      5000,
      `smtp counter ${type}`,
    );
  const ready = await withTimeout(
    new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`smtp counter exited (${code})`)));
    }),
    10000,
    'smtp counter start',
  );
  return {
    url: `smtp://127.0.0.1:${ready.port}`,
    port: ready.port,
    stats: () => ask('stats'),
    reset: () => ask('reset'),
    pid: child.pid,
    stop: () => stopChild(child, 3000),
  };
}

function startWorker(env, nodeArgs = [], main = WORKER_MAIN) {
  const child = spawn(process.execPath, [...nodeArgs, main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let runningAt = 0;
  const collect = (chunk) => {
    output = (output + chunk).slice(-20000);
    if (!runningAt && output.includes(`worker ${child.pid} running`)) runningAt = performance.now();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return { child, output: () => output, runningAt: () => runningAt, stop: () => stopChild(child, 20000) };
}

/** (a) Rows already in the outbox, then the real worker process started: time until all are sent. */
async function benchPipeline({ count, databaseUrl, redisUrl, counter, workerEnv, cpuProfDir, workerMain }) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { noticeEmail } = loadNotifications();
    await client.query('TRUNCATE notification, notification_attempt RESTART IDENTITY');
    await client.query(
      `INSERT INTO notification (recipient_email, template, locale, data, category)
       SELECT 'user-' || g || '@example.test', 'notice', 'ja', $1::jsonb, 'critical' FROM generate_series(1, $2::int) AS g`,
      [JSON.stringify(noticeEmail.preview), count],
    );
    await client.query('VACUUM ANALYZE notification');
    await counter.reset();
    progress(`pipeline: ${count} rows in the outbox, starting the worker (${JSON.stringify(workerEnv)})`);

    const cpuBefore = cpuTicks();
    const kindsBefore = cpuByKind({ [counter.pid]: 'smtp sink' });
    const started = performance.now();
    const worker = startWorker({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      // Production refuses to start without one; the worker never uses it.
      COOKIE_SECRET: randomBytes(24).toString('hex'),
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      SMTP_URL: counter.url,
      QUEUE_PREFIX: 'bench-pipeline',
      ...workerEnv,
    }, cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [], workerMain);
    try {
      let sent = 0;
      let stats = { total: 0, distinct: 0 };
      await until(
        async () => {
          if (worker.child.exitCode !== null) throw new Error(`the worker exited (${worker.child.exitCode}):\n${worker.output()}`);
          stats = await counter.stats();
          if (stats.distinct < count) return false;
          sent = Number((await client.query(`SELECT count(*) AS n FROM notification WHERE status = 'sent'`)).rows[0].n);
          return sent >= count;
        },
        { timeoutMs: 300000, intervalMs: 50, what: `${count} mails through the pipeline` },
      );
      const finished = performance.now();
      const cpuShare = busyShare(cpuBefore, cpuTicks());
      const workerCpu = processCpuSeconds(worker.child.pid);
      const perMail = cpuPer(kindsBefore, cpuByKind({ [worker.child.pid]: 'worker', [counter.pid]: 'smtp sink' }), count);
      const seconds = (finished - started) / 1000;
      const steadySeconds = (stats.lastAt - stats.firstAt) / 1000;
      return {
        rate: count / seconds,
        seconds,
        steadyRate: steadySeconds > 0 ? count / steadySeconds : Infinity,
        bootSeconds: worker.runningAt() ? (worker.runningAt() - started) / 1000 : NaN,
        duplicates: stats.total - stats.distinct,
        connections: stats.connections,
        cpuShare,
        workerCpuShare: workerCpu / seconds,
        perMail,
      };
    } finally {
      await worker.stop();
    }
  } finally {
    await client.end();
  }
}

let notificationsModule;
function loadNotifications() {
  if (!notificationsModule) {
    const require = createRequire(import.meta.url);
    require('reflect-metadata');
    notificationsModule = require(NOTIFICATIONS);
  }
  return notificationsModule;
}

/** (b) The same mail, rendered once, through BullMQ and a pooled nodemailer transport: no outbox, no database. */
async function benchBare({ count, redisUrl, counter, concurrency, poolSize }) {
  const { EmailTemplates, noticeEmail } = loadNotifications();
  const rendered = new EmailTemplates().render('notice', noticeEmail.preview, 'ja');
  const prefix = 'bench-bare';
  const queueConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const workerConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('email', { connection: queueConnection, prefix });
  const smtp = new URL(counter.url);
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: poolSize,
    maxMessages: Infinity,
    host: smtp.hostname,
    port: Number(smtp.port),
    secure: false,
    name: os.hostname(),
  });
  let worker;
  try {
    await queue.obliterate({ force: true });
    for (let from = 0; from < count; from += 500) {
      const jobs = [];
      for (let i = from; i < Math.min(count, from + 500); i += 1) {
        jobs.push({ name: 'send-email', data: { i }, opts: { jobId: `bare-${i}`, removeOnComplete: true, removeOnFail: true } });
      }
      await queue.addBulk(jobs);
    }
    await counter.reset();
    progress(`bare: ${count} jobs queued, starting a BullMQ worker (concurrency ${concurrency}, SMTP pool ${poolSize})`);

    const cpuBefore = cpuTicks();
    const kindsBefore = cpuByKind({ [counter.pid]: 'smtp sink' });
    const cpuSelfBefore = process.cpuUsage();
    const started = performance.now();
    worker = new Worker(
      'email',
      (job) =>
        transport.sendMail({
          from: FROM,
          to: `user-${job.data.i}@example.test`,
          subject: rendered.subject,
          html: rendered.html,
          text: rendered.text,
          messageId: `<bare-${job.data.i}@localhost>`,
          headers: { 'X-Asaka-Notification': `bare-${job.data.i}`, 'X-Asaka-Template': 'notice' },
        }),
      { connection: workerConnection, prefix, concurrency },
    );
    worker.on('error', (error) => progress(`bare worker: ${error.message}`));
    const stats = await until(
      async () => {
        const s = await counter.stats();
        return s.distinct >= count ? s : false;
      },
      { timeoutMs: 300000, intervalMs: 50, what: `${count} mails through the bare loop` },
    );
    const seconds = (performance.now() - started) / 1000;
    const cpuSelf = process.cpuUsage(cpuSelfBefore);
    return {
      rate: count / seconds,
      seconds,
      steadyRate: count / ((stats.lastAt - stats.firstAt) / 1000),
      connections: stats.connections,
      cpuShare: busyShare(cpuBefore, cpuTicks()),
      workerCpuShare: (cpuSelf.user + cpuSelf.system) / 1e6 / seconds,
      perMail: cpuPer(kindsBefore, cpuByKind({ [counter.pid]: 'smtp sink' }), count),
    };
  } finally {
    await worker?.close().catch(() => undefined);
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close().catch(() => undefined);
    transport.close();
    queueConnection.disconnect();
    workerConnection.disconnect();
  }
}

/** (c) `npm start` on a fresh data directory: time until /api/health answers 200. */
async function benchStartup(tmp) {
  const { ensureBuilt } = await import('../../scripts/lib/build-state.mjs');
  ensureBuilt(); // a stale build would be rebuilt inside the timed start otherwise
  const [port, mailUiPort] = await Promise.all([freePort(), freePort()]);
  const env = { ...process.env, DATA_DIR: path.join(tmp, 'start'), PORT: String(port), MAIL_UI_PORT: String(mailUiPort) };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'NODE_ENV']) delete env[name];
  progress(`startup: node scripts/start.mjs (PORT=${port}, MAIL_UI_PORT=${mailUiPort}, fresh DATA_DIR)`);
  const started = performance.now();
  // Its own process group, so that if it ever ignores SIGINT its children can still be stopped with it.
  const child = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output = (output + d).slice(-20000)));
  child.stderr.on('data', (d) => (output = (output + d).slice(-20000)));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  try {
    await until(
      async () => {
        if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output}`);
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) });
          return response.status === 200;
        } catch {
          return false;
        }
      },
      { timeoutMs: 120000, intervalMs: 100, what: 'npm start healthy' },
    );
    return (performance.now() - started) / 1000;
  } finally {
    if (child.exitCode === null) {
      // Healthy can come a moment before start.mjs installs its Ctrl-C handler; a SIGINT before that
      // would kill it alone and leave its services running. It logs this line once the handler is in.
      await until(() => output.includes('Ctrl-C stops everything') || child.exitCode !== null, {
        timeoutMs: 60000,
        what: 'npm start ready message',
      }).catch((error) => progress(error.message));
      if (child.exitCode === null) process.kill(child.pid, 'SIGINT');
    }
    const result = await withTimeout(exited, 60000, 'npm start stopping after SIGINT').catch(async (error) => {
      progress(`${error.message}; killing its process group`);
      process.kill(-child.pid, 'SIGKILL');
      return withTimeout(exited, 5000, 'npm start killed');
    });
    progress(`startup: stopped (${result.signal ?? `exit ${result.code}`})`);
    await stopGroupLeftovers(child.pid);
  }
}

const groupAlive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Whatever npm start left running in its process group (it should leave nothing): TERM, then KILL. */
async function stopGroupLeftovers(pgid) {
  if (!groupAlive(pgid)) return;
  progress('startup: npm start left processes behind; stopping them');
  process.kill(-pgid, 'SIGTERM');
  await until(() => !groupAlive(pgid), { timeoutMs: 10000, intervalMs: 100, what: 'leftovers stopping' }).catch(() => {
    if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  requireBuilt([WORKER_MAIN, MIGRATE, NOTIFICATIONS]);
  await withWorkspace(async (workspace) => {
    const { tmp, stops, stopAll } = workspace;
    if (options.throughput) {
      progress(`services in ${tmp}`);
      const { databaseUrl, redisUrl } = await startDatabaseServices(workspace);
      const counter = await startCounter();
      stops.push(() => counter.stop());

      const concurrency = Number(options.env.NOTIFICATIONS_CONCURRENCY ?? DEFAULT_CONCURRENCY);
      const poolSize = Number(options.env.SMTP_POOL_SIZE ?? DEFAULT_SMTP_POOL);
      const pipelines = [];
      const bares = [];
      for (let run = 1; run <= options.runs; run += 1) {
        if (options.runs > 1) progress(`run ${run} of ${options.runs}`);
        const { count, env: workerEnv, cpuProfDir, workerMain } = options;
        pipelines.push(await benchPipeline({ count, databaseUrl, redisUrl, counter, workerEnv, cpuProfDir, workerMain }));
        bares.push(await benchBare({ count: options.count, redisUrl, counter, concurrency, poolSize }));
        progress(`  pipeline ${pipelines.at(-1).rate.toFixed(0)} mails/s, bare ${bares.at(-1).rate.toFixed(0)} mails/s`);
      }
      // The run with the median rate stands for all.
      const medianRun = (runs) => runs.find((r) => r.rate === median(runs.map((x) => x.rate)));
      const pipeline = medianRun(pipelines);
      const bare = medianRun(bares);
      const ratio = pipeline.rate / bare.rate;
      const percent = (share) => (Number.isNaN(share) ? 'n/a' : `${(share * 100).toFixed(0)}%`);
      const of = options.runs > 1 ? `median of ${options.runs} runs, ` : '';

      const settings = Object.entries(options.env).map(([k, v]) => `${k}=${v}`).join(' ') || 'defaults';
      console.log(
        `pipeline: ${pipeline.rate.toFixed(0)} mails/s (${of}${options.count} mails in ${pipeline.seconds.toFixed(2)} s from worker start, ` +
          `worker boot ${pipeline.bootSeconds.toFixed(2)} s; ${pipeline.steadyRate.toFixed(0)} mails/s first to last mail; ` +
          `${pipeline.duplicates} duplicates; ${pipeline.connections} SMTP connections; ` +
          `CPU busy ${percent(pipeline.cpuShare)} of the machine, worker process ${percent(pipeline.workerCpuShare)} of one core; ${settings})`,
      );
      console.log(
        `bare: ${bare.rate.toFixed(0)} mails/s (${of}${options.count} mails in ${bare.seconds.toFixed(2)} s; ` +
          `${bare.steadyRate.toFixed(0)} mails/s first to last mail; concurrency ${concurrency}, SMTP pool ${poolSize}; ` +
          `CPU busy ${percent(bare.cpuShare)} of the machine, bench process ${percent(bare.workerCpuShare)} of one core)`,
      );
      console.log(`ratio: ${ratio.toFixed(2)} (target ≥ 0.5)`);
      console.log(`pipeline ${describeCpu(pipeline.perMail, 'mail')}`);
      console.log(`bare ${describeCpu(bare.perMail, 'mail')}`);
      console.log(`ratio first to last mail: ${(pipeline.steadyRate / bare.steadyRate).toFixed(2)}`);
      await stopAll();
    }

    if (options.startup) {
      const seconds = await benchStartup(tmp);
      console.log(`startup to healthy: ${seconds.toFixed(1)} s (target < 20 s)`);
    }
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`[bench] failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
