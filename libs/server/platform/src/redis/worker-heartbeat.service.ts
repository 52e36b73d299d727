import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { createFailFastRedis } from './redis-connection';
import { beat, HEARTBEAT_INTERVAL_MS, removeHeartbeat } from './worker-heartbeat';

/** Tells the API's health check that a worker is alive. */
@Injectable()
export class WorkerHeartbeatService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly redis: Redis;
  private timer: NodeJS.Timeout | undefined;
  readonly workerId: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.redis = createFailFastRedis(config.redis.url, 'asaka-heartbeat');
    this.workerId = `${process.env.HOSTNAME ?? 'worker'}:${process.pid}`;
  }

  onApplicationBootstrap(): void {
    const tick = () => beat(this.redis, this.config.redis.queuePrefix, this.workerId).catch(() => undefined);
    void tick();
    this.timer = setInterval(tick, HEARTBEAT_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await removeHeartbeat(this.redis, this.config.redis.queuePrefix, this.workerId).catch(() => undefined);
    this.redis.disconnect();
  }
}
