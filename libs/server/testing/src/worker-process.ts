import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { within } from './wait-for';

/** The repository root, from libs/server/testing/src. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** The compiled worker; integration tests run the same build production runs. */
export const WORKER_MAIN = path.join(REPO_ROOT, 'dist', 'server', 'apps', 'worker', 'src', 'main.js');

export interface WorkerProcessOptions {
  databaseUrl: string;
  redisUrl: string;
  smtpUrl: string;
  queuePrefix: string;
  /** More variables (NOTIFICATIONS_CONCURRENCY, NOTIFICATIONS_LOCK_MS, …); they win over the defaults above. */
  env?: Record<string, string | undefined>;
  /** How long to wait for the worker to say it is running (default 30 s). */
  readyTimeoutMs?: number;
  /** A label for its output lines. */
  name?: string;
}

export interface WorkerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface WorkerProcess {
  pid: number;
  name: string;
  child: ChildProcess;
  /** Settles when the process has exited, however it ended. */
  exited: Promise<WorkerExit>;
  /** Whether it is still running. */
  readonly running: boolean;
  /** The last lines it wrote on stdout and stderr, for failure messages. */
  output(): string;
  kill(signal?: NodeJS.Signals): void;
  /** SIGTERM (the graceful stop that waits for the mails in flight), then SIGKILL after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<WorkerExit>;
}

const KEEP_LINES = 300;

/**
 * Starts the real worker (`dist/server/apps/worker/src/main.js`) as a child process and resolves
 * once it reports it is running. Set ASAKA_TEST_WORKER_LOGS=1 to see its output live.
 */
export async function startWorkerProcess(options: WorkerProcessOptions): Promise<WorkerProcess> {
  if (!existsSync(WORKER_MAIN)) {
    throw new Error(
      `The compiled worker is missing (${path.relative(REPO_ROOT, WORKER_MAIN)}). ` +
        'Run `node scripts/build.mjs server` first (`npm test` builds before the integration tests).',
    );
  }
  const name = options.name ?? 'worker';
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    SMTP_URL: options.smtpUrl,
    QUEUE_PREFIX: options.queuePrefix,
    ...options.env,
  })) {
    if (value !== undefined) env[key] = value;
  }

  const child = spawn(process.execPath, [WORKER_MAIN], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error('could not spawn the worker process');
  const pid = child.pid;
  const lines: string[] = [];
  const echo = process.env.ASAKA_TEST_WORKER_LOGS === '1';
  let announced: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (announced = resolve));
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > KEEP_LINES) lines.shift();
      if (echo) process.stderr.write(`[${name} ${pid}] ${line}\n`);
      if (line.includes(`worker ${pid} running`)) announced();
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const exited = new Promise<WorkerExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const output = () => lines.join('\n');
  const running = () => child.exitCode === null && child.signalCode === null;

  const kill = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (running()) process.kill(pid, signal);
  };
  const stop = async (timeoutMs = 20_000): Promise<WorkerExit> => {
    if (!running()) return exited;
    kill('SIGTERM');
    try {
      return await within(exited, timeoutMs, `${name} ${pid} stopping after SIGTERM`);
    } catch {
      kill('SIGKILL');
      return within(exited, 5_000, `${name} ${pid} stopping after SIGKILL`);
    }
  };

  const worker: WorkerProcess = {
    pid,
    name,
    child,
    exited,
    get running() {
      return running();
    },
    output,
    kill,
    stop,
  };

  const readyTimeoutMs = options.readyTimeoutMs ?? 30_000;
  const outcome = await within(
    Promise.race([ready.then(() => 'ready' as const), exited.then((exit) => exit)]),
    readyTimeoutMs,
    `${name} ${pid} starting`,
  ).catch(async (error: Error) => {
    await stop(5_000).catch(() => undefined);
    throw new Error(`${error.message}\n--- ${name} output ---\n${output()}`);
  });
  if (outcome !== 'ready') {
    throw new Error(`${name} ${pid} exited before it was running (code ${outcome.code}, signal ${outcome.signal})\n--- output ---\n${output()}`);
  }
  return worker;
}
