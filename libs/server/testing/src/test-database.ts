import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@asaka/platform';

const TEMPLATE = 'asaka_template';
const LOCK_KEY = 7_242_024;

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_ADMIN_URL;
  if (!url) throw new Error('TEST_DATABASE_ADMIN_URL is not set: run integration tests through `npm test` or `jest --selectProjects integration`.');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function templateIsReady(admin: Client): Promise<boolean> {
  const { rows } = await admin.query(`SELECT datistemplate FROM pg_database WHERE datname = $1`, [TEMPLATE]);
  return rows[0]?.datistemplate === true;
}

/** Builds the template once per run: every migration applied, then frozen as a template. */
async function buildTemplate(admin: Client): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  const dataSource = new DataSource(dataSourceOptions(withDatabase(adminUrl(), TEMPLATE), [], 2));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
  await admin.query(`ALTER DATABASE ${TEMPLATE} WITH is_template = true ALLOW_CONNECTIONS = false`);
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, copied from a migrated template (a few ms), so test files
 * run in parallel and never see each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    if (!(await templateIsReady(admin))) await buildTemplate(admin);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await admin.end();
  }
  const url = withDatabase(adminUrl(), name);
  return {
    name,
    url,
    drop: async () => {
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
