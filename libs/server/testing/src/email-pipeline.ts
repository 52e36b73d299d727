import { removeQueueKeys, testQueuePrefix, testRedisUrl } from './email-queue';
import { MailCatcher } from './mail-catcher';
import { OutboxSession } from './outbox';
import { createTestDatabase, type TestDatabase } from './test-database';
import { startWorkerProcess, type WorkerProcess } from './worker-process';

export interface EmailPipelineOptions {
  /** Redis to use (default: the run's shared one, TEST_REDIS_URL). */
  redisUrl?: string;
  /** Variables every worker of this pipeline gets (NOTIFICATIONS_BACKOFF_MS, …). */
  workerEnv?: Record<string, string>;
}

/**
 * Everything one test file needs to watch mail go out for real: its own migrated database, its own
 * queue prefix, an SMTP catcher and the real worker process(es). `close()` takes it all down and
 * keeps going when one step fails, so an afterAll always leaves nothing behind.
 */
export class EmailPipeline {
  readonly workers: WorkerProcess[] = [];
  private workerCount = 0;

  private constructor(
    readonly db: TestDatabase,
    readonly catcher: MailCatcher,
    readonly outbox: OutboxSession,
    readonly redisUrl: string,
    readonly queuePrefix: string,
    private readonly workerEnv: Record<string, string>,
  ) {}

  static async start(options: EmailPipelineOptions = {}): Promise<EmailPipeline> {
    const redisUrl = options.redisUrl ?? testRedisUrl();
    const db = await createTestDatabase();
    let catcher: MailCatcher | undefined;
    try {
      catcher = await MailCatcher.start();
      const outbox = await OutboxSession.open(db.url);
      return new EmailPipeline(db, catcher, outbox, redisUrl, testQueuePrefix(), options.workerEnv ?? {});
    } catch (error) {
      await catcher?.close().catch(() => undefined);
      await db.drop().catch(() => undefined);
      throw error;
    }
  }

  /** Starts one more worker process on this pipeline's database, Redis, prefix and catcher. */
  async startWorker(env: Record<string, string> = {}): Promise<WorkerProcess> {
    this.workerCount += 1;
    const worker = await startWorkerProcess({
      name: `worker-${this.workerCount}`,
      databaseUrl: this.db.url,
      redisUrl: this.redisUrl,
      smtpUrl: this.catcher.url,
      queuePrefix: this.queuePrefix,
      env: { ...this.workerEnv, ...env },
    });
    this.workers.push(worker);
    return worker;
  }

  /** Output of every worker started, for a failure message. */
  workerOutput(): string {
    return this.workers.map((w) => `--- ${w.name} (${w.pid}) ---\n${w.output()}`).join('\n');
  }

  async stopWorkers(): Promise<void> {
    await Promise.allSettled(this.workers.map((worker) => worker.stop()));
  }

  async close(): Promise<void> {
    const steps: [string, () => Promise<unknown>][] = [
      ['stop workers', () => this.stopWorkers()],
      ['close catcher', () => this.catcher.close()],
      ['close outbox', () => this.outbox.close()],
      ['remove queue keys', () => removeQueueKeys(this.redisUrl, this.queuePrefix)],
      ['drop database', () => this.db.drop()],
    ];
    const problems: string[] = [];
    for (const [name, step] of steps) {
      try {
        await step();
      } catch (error) {
        problems.push(`${name}: ${(error as Error).message}`);
      }
    }
    if (problems.length) throw new Error(`email pipeline cleanup: ${problems.join('; ')}`);
  }
}
