import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, createBlockingRedis } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import { SavedSearchDigests } from './saved-search-digests';

export const SAVED_SEARCH_DIGEST_QUEUE = 'saved-search-digest';
export const DAILY_DIGEST_SCHEDULER_ID = 'saved-search-daily-digest';
/** Every day at 08:00 in Japan (no daylight saving, so this is 23:00 UTC the day before). */
export const DAILY_DIGEST_REPEAT = { pattern: '0 8 * * *', tz: 'Asia/Tokyo' } as const;

/**
 * Creates or updates the one scheduler of the digest. Upserting by a fixed id makes this safe to
 * call from every worker at every start: Redis keeps one scheduler, and each 08:00 makes one job.
 */
export async function registerDailyDigestSchedule(queue: Queue): Promise<void> {
  await queue.upsertJobScheduler(DAILY_DIGEST_SCHEDULER_ID, DAILY_DIGEST_REPEAT, {
    name: 'send-daily-digests',
    opts: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 50, removeOnFail: 50 },
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Worker side of the digest: keeps the 08:00 scheduler registered and runs its jobs. The work
 * itself is `SavedSearchDigests.sendDailyDigests`, idempotent, so a retried or doubled job (two
 * workers, a stalled job taken over) sends nothing twice.
 */
@Injectable()
export class DailyDigestJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DailyDigestJob.name);
  private readonly connections: Redis[] = [];
  private queue: Queue | undefined;
  private worker: Worker | undefined;
  private running = false;
  private scheduling: Promise<void> | undefined;

  constructor(
    private readonly digests: SavedSearchDigests,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { url, queuePrefix } = this.config.redis;
    this.running = true;
    const queueConnection = createBlockingRedis(url, 'asaka-digest-scheduler');
    const workerConnection = createBlockingRedis(url, 'asaka-digest-worker');
    this.connections.push(queueConnection, workerConnection);
    this.queue = new Queue(SAVED_SEARCH_DIGEST_QUEUE, { connection: queueConnection, prefix: queuePrefix });
    this.queue.on('error', () => undefined);
    this.scheduling = this.keepTryingToSchedule(this.queue);
    this.worker = new Worker(
      SAVED_SEARCH_DIGEST_QUEUE,
      async () => {
        const run = await this.digests.sendDailyDigests(new Date());
        this.logger.log(`daily digest: ${run.mailed} mail(s) for ${run.people} person(s) with new matches`);
        return run;
      },
      { connection: workerConnection, prefix: queuePrefix, concurrency: 1 },
    );
    this.worker.on('error', (error) => this.logger.warn(`digest worker: ${error.message}`));
  }

  /** Redis may be down when the worker starts: the scheduler is registered once it is back. */
  private async keepTryingToSchedule(queue: Queue): Promise<void> {
    for (let attempt = 1; this.running; attempt += 1) {
      try {
        await registerDailyDigestSchedule(queue);
        return;
      } catch (error) {
        if (attempt === 1 || attempt % 20 === 0) this.logger.warn(`daily digest not scheduled yet: ${(error as Error).message}`);
        await sleep(Math.min(1_000 * attempt, 30_000));
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    // Waits for a digest in progress, so no person's transaction is cut short.
    await this.worker?.close().catch(() => undefined);
    await this.queue?.close().catch(() => undefined);
    // Disconnecting rejects a registration still waiting for Redis, which ends its loop.
    for (const connection of this.connections) connection.disconnect();
    await this.scheduling?.catch(() => undefined);
  }
}
