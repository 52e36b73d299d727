import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig } from '@asaka/platform';

/** Configuration for a process under test: its own database and queue prefix, quiet logs. */
export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  const redisUrl = process.env.TEST_REDIS_URL;
  if (!redisUrl) throw new Error('TEST_REDIS_URL is not set: run integration tests through `npm test`.');
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    SMTP_URL: 'smtp://127.0.0.1:1',
    QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    DATABASE_POOL_SIZE: '4',
    ...overrides,
  });
}
