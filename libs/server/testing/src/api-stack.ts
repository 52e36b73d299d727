import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Secret, TOTP } from 'otpauth';
import { DataSource } from 'typeorm';
import type { Role } from '@asaka/domain';
import type { AppConfig } from '@asaka/platform';
import { insertUser, TestUser } from './accounts';
import { startApiApp } from './api-app';
import { HttpSession } from './http-session';
import { MailCatcher } from './mail-catcher';
import { testConfig } from './test-config';
import { createTestDatabase, TestDatabase } from './test-database';
import { startWorkerProcess, WorkerProcess } from './worker-process';

export interface ApiStack {
  db: TestDatabase;
  config: AppConfig;
  app: NestFastifyApplication;
  /** Plain SQL on the test database, for arranging rows and checking what was stored. */
  sql: DataSource;
  /** Present with `{ mail: true }`: the SMTP catcher and the real worker process sending to it. */
  catcher?: MailCatcher;
  worker?: WorkerProcess;
  /** Another instance of the API on the same database and settings (as a second process would be), closed with the stack. */
  replica(): Promise<NestFastifyApplication>;
  /** A verified account with these roles, signed in (with a TOTP code where its roles need one). */
  signIn(email: string, roles?: Role[]): Promise<TestUser & { browser: HttpSession }>;
  close(): Promise<void>;
}

/**
 * The API on its own database, optionally with the mail path (catcher + worker process), and the
 * helpers most tests need; `close()` stops everything even when a step failed.
 */
export async function startApiStack(
  module: (config: AppConfig) => DynamicModule,
  options: { mail?: boolean; env?: Record<string, string> } = {},
): Promise<ApiStack> {
  const closers: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch(() => undefined);
  };
  try {
    const db = await createTestDatabase();
    closers.push(() => db.drop());
    const env: Record<string, string> = { APP_BASE_URL: 'http://portal.test', NOTIFICATIONS_RELAY_INTERVAL_MS: '100', ...options.env };
    let catcher: MailCatcher | undefined;
    if (options.mail) {
      catcher = await MailCatcher.start();
      closers.push(() => (catcher as MailCatcher).close());
      env.SMTP_URL = catcher.url;
    }
    const config = testConfig(db.url, env);
    const app = await startApiApp(module(config), config);
    closers.push(() => app.close());
    let worker: WorkerProcess | undefined;
    if (catcher) {
      worker = await startWorkerProcess({ databaseUrl: db.url, redisUrl: config.redis.url, smtpUrl: catcher.url, queuePrefix: config.redis.queuePrefix, env });
      closers.push(() => (worker as WorkerProcess).stop());
    }
    const sql = await new DataSource({ type: 'postgres', url: db.url, extra: { max: 2 } }).initialize();
    closers.push(() => sql.destroy());

    const signIn = async (email: string, roles: Role[] = []) => {
      const secret = roles.includes('staff') || roles.includes('admin') ? new Secret({ size: 20 }).base32 : undefined;
      const user = await insertUser(db.url, { email, roles, totpSecret: secret });
      const browser = new HttpSession(app);
      const totp = secret ? new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate() : undefined;
      const login = await browser.post('/api/auth/login', { email, password: user.password, ...(totp ? { totp } : {}) });
      if (login.statusCode !== 204) throw new Error(`sign-in of ${email} failed: ${login.statusCode} ${login.body}`);
      return { ...user, browser };
    };
    const replica = async () => {
      const other = await startApiApp(module(config), config);
      closers.push(() => other.close());
      return other;
    };
    return { db, config, app, sql, catcher, worker, replica, signIn, close };
  } catch (error) {
    await close();
    throw error;
  }
}
