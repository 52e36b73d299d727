import { z } from 'zod';

const url = (protocols: string[]) =>
  z.url().refine((value) => protocols.some((p) => value.startsWith(`${p}://`)), {
    message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
  });

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** Every variable the server reads, validated once at boot. Nothing else reads process.env. */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  APP_BASE_URL: url(['http', 'https']).optional(),
  WEB_DIST_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: positiveInt.default(1024 * 1024),
  DATABASE_URL: url(['postgres', 'postgresql']),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  REDIS_URL: url(['redis', 'rediss']),
  SMTP_URL: url(['smtp', 'smtps']),
  SMTP_POOL_SIZE: positiveInt.default(5),
  MAIL_FROM: z.string().min(3).default('朝霞市 産業振興ポータル <no-reply@asaka-portal.localhost>'),
  NOTIFICATIONS_MAX_ATTEMPTS: positiveInt.default(8),
  NOTIFICATIONS_BACKOFF_MS: positiveInt.default(5000),
  NOTIFICATIONS_RELAY_INTERVAL_MS: positiveInt.default(500),
  NOTIFICATIONS_RELAY_BATCH: positiveInt.default(500),
  NOTIFICATIONS_CONCURRENCY: positiveInt.default(20),
  NOTIFICATIONS_STALE_AFTER_MS: positiveInt.default(15 * 60 * 1000),
  // Short enough that jobs orphaned by a Redis outage are picked up again within seconds; BullMQ
  // renews the lock every half period while a mail is being sent, so slow SMTP is fine.
  NOTIFICATIONS_LOCK_MS: positiveInt.default(5_000),
  COOKIE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: positiveInt.default(60),
  SESSION_ABSOLUTE_HOURS: positiveInt.default(12),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/).default('asaka'),
});

export type Environment = z.input<typeof environmentSchema>;

export interface AppConfig {
  app: {
    nodeEnv: 'development' | 'test' | 'production';
    host: string;
    port: number;
    baseUrl: string;
    webDistDir: string | undefined;
    logLevel: string;
    bodyLimitBytes: number;
  };
  auth: {
    /** Signs cookies (the CSRF token). */
    cookieSecret: string;
    /** Secure, __Host- prefixed cookies when the portal is served over HTTPS. */
    secureCookies: boolean;
    sessionIdleMs: number;
    sessionAbsoluteMs: number;
  };
  database: { url: string; poolSize: number };
  redis: { url: string; queuePrefix: string };
  smtp: { url: string; poolSize: number; from: string };
  notifications: {
    maxAttempts: number;
    backoffMs: number;
    relayIntervalMs: number;
    relayBatch: number;
    concurrency: number;
    /** Rows still queued or sending after this long are handed to the queue again (it ignores known job ids). */
    staleAfterMs: number;
    lockMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment into typed groups; a bad value names its variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.COOKIE_SECRET) {
    throw new ConfigError(['COOKIE_SECRET: required in production (at least 32 random characters)']);
  }
  const baseUrl = e.APP_BASE_URL ?? `http://localhost:${e.PORT}`;
  return {
    app: {
      nodeEnv: e.NODE_ENV,
      host: e.HOST,
      port: e.PORT,
      baseUrl,
      webDistDir: e.WEB_DIST_DIR,
      logLevel: e.LOG_LEVEL,
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
    },
    auth: {
      // Outside production a fixed secret keeps local sessions valid across restarts.
      cookieSecret: e.COOKIE_SECRET ?? 'local-development-cookie-secret-not-for-production',
      secureCookies: baseUrl.startsWith('https://'),
      sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
      sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    },
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    redis: { url: e.REDIS_URL, queuePrefix: e.QUEUE_PREFIX },
    smtp: { url: e.SMTP_URL, poolSize: e.SMTP_POOL_SIZE, from: e.MAIL_FROM },
    notifications: {
      maxAttempts: e.NOTIFICATIONS_MAX_ATTEMPTS,
      backoffMs: e.NOTIFICATIONS_BACKOFF_MS,
      relayIntervalMs: e.NOTIFICATIONS_RELAY_INTERVAL_MS,
      relayBatch: e.NOTIFICATIONS_RELAY_BATCH,
      concurrency: e.NOTIFICATIONS_CONCURRENCY,
      staleAfterMs: e.NOTIFICATIONS_STALE_AFTER_MS,
      lockMs: e.NOTIFICATIONS_LOCK_MS,
    },
  };
}
