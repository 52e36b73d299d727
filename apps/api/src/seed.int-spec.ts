import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, REPO_ROOT, TestDatabase } from '@asaka/testing';

const SEED = path.join(REPO_ROOT, 'dist', 'server', 'apps', 'api', 'src', 'seed.js');

/** The compiled seed as `npm start` runs it: one database connection, bounded in time. */
function runSeed(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SEED], {
      env: { PATH: process.env.PATH, NODE_ENV: 'development', DATABASE_URL: databaseUrl, REDIS_URL: process.env.TEST_REDIS_URL, SMTP_URL: 'smtp://127.0.0.1:1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the seed did not finish within 60 s (a query waiting behind its own transaction?):\n${output}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('demo data (the compiled seed, as npm start and the browser tests run it)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    if (!existsSync(SEED)) throw new Error('dist/server is missing: run `node scripts/build.mjs server` first (`npm test` builds before these tests).');
    db = await createTestDatabase();
  });

  afterAll(() => db?.drop());

  it('finishes on its single connection, twice without adding anything the second time', async () => {
    const first = await runSeed(db.url);
    expect(first).toMatchObject({ code: 0 });
    const count = async () => {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: string }>(
          `SELECT (SELECT count(*) FROM user_account) + (SELECT count(*) FROM vacant_store) + (SELECT count(*) FROM consultation_booking)
             + (SELECT count(*) FROM city_event) + (SELECT count(*) FROM event_registration) + (SELECT count(*) FROM founding_report) AS n`,
        );
        return Number(rows[0]?.n);
      } finally {
        await client.end();
      }
    };
    const afterFirst = await count();
    expect(afterFirst).toBeGreaterThan(50);
    expect(await runSeed(db.url)).toMatchObject({ code: 0 });
    expect(await count()).toBe(afterFirst);
  });
});
