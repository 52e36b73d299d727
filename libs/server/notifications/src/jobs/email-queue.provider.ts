import { Inject, Injectable, OnApplicationShutdown, Provider } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, createFailFastRedis } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import { EMAIL_QUEUE, SendEmailJob } from './email-queue';

export const EMAIL_QUEUE_TOKEN = Symbol('EMAIL_QUEUE');
export const RELAY_REDIS = Symbol('RELAY_REDIS');

/** The relay's side of the queue: a fail-fast connection, so a Redis outage fails a tick instead of hanging it. */
export const emailQueueProviders: Provider[] = [
  {
    provide: RELAY_REDIS,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => createFailFastRedis(config.redis.url, 'asaka-relay'),
  },
  {
    provide: EMAIL_QUEUE_TOKEN,
    inject: [APP_CONFIG, RELAY_REDIS],
    useFactory: (config: AppConfig, connection: Redis) => {
      const queue = new Queue<SendEmailJob>(EMAIL_QUEUE, { connection, prefix: config.redis.queuePrefix });
      // The relay reports outages itself (one line, rate-limited); without a listener BullMQ
      // prints a stack trace on every reconnect attempt.
      queue.on('error', () => undefined);
      return queue;
    },
  },
];

@Injectable()
export class EmailQueueCloser implements OnApplicationShutdown {
  constructor(
    @Inject(EMAIL_QUEUE_TOKEN) private readonly queue: Queue,
    @Inject(RELAY_REDIS) private readonly redis: Redis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    this.redis.disconnect();
  }
}
