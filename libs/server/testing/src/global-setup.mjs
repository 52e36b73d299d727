// Jest global setup for integration tests: one real PostgreSQL and one real Redis for the run,
// on free ports. Each test file then gets its own database (see test-database.ts) and its own
// queue prefix, so files run in parallel without seeing each other.
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// The same service starters as `npm start`; scripts/ is tooling outside the project graph.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { freePort, startPostgres, startRedis } from '../../../../scripts/lib/services.mjs';

export default async function globalSetup() {
  const root = path.join(os.tmpdir(), `asaka-test-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const [pgPort, redisPort] = await Promise.all([freePort(), freePort()]);
  const [postgres, redis] = await Promise.all([
    startPostgres({ dataDir: path.join(root, 'pg'), port: pgPort, fast: true }),
    startRedis({ port: redisPort }),
  ]);
  process.env.TEST_DATABASE_ADMIN_URL = postgres.adminUrl;
  process.env.TEST_REDIS_URL = redis.url;
  process.env.TEST_TMP_DIR = root;
  globalThis.__asakaServices = { postgres, redis, root };
}
