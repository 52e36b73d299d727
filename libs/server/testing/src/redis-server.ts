import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import { waitFor, within } from './wait-for';

/** A free TCP port on 127.0.0.1 (the same approach as scripts/lib/services.mjs `freePort`). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export interface RedisServer {
  url: string;
  port: number;
  pid: number;
  /** SIGTERM: Redis writes its append-only file and exits, like a container being stopped. */
  stop(): Promise<void>;
}

/**
 * A redis-server of a test's own, started with the arguments `startRedis` in
 * scripts/lib/services.mjs uses (that file is ESM, which Jest cannot load into a CommonJS test):
 * with a dataDir it persists to an append-only file, as production Redis does, so stopping it and
 * starting it again on the same port and directory brings the queued jobs back.
 */
export async function startRedisServer({ port, dataDir }: { port: number; dataDir?: string }): Promise<RedisServer> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--maxmemory-policy', 'noeviction'];
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    args.push('--dir', dataDir, '--appendonly', 'yes', '--save', '');
  } else {
    args.push('--save', '', '--appendonly', 'no');
  }
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout.on('data', (d: Buffer) => output.push(String(d)));
  child.stderr.on('data', (d: Buffer) => output.push(String(d)));
  const spawned = await new Promise<boolean>((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  if (!spawned || child.pid === undefined) throw new Error('redis-server could not be started: is it installed (apt-get install redis-server)?');
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}: ${output.join('')}`);
        return canConnect(port);
      },
      { timeoutMs: 10_000, intervalMs: 50, description: `redis-server listening on ${port}` },
    );
  } catch (error) {
    if (child.exitCode === null) process.kill(pid, 'SIGKILL');
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(pid, 'SIGTERM');
      await within(exited, 10_000, `redis-server ${pid} stopping`).catch(async () => {
        process.kill(pid, 'SIGKILL');
        await within(exited, 5_000, `redis-server ${pid} killed`);
      });
    },
  };
}
