import { Controller, Get, Inject, OnApplicationShutdown, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import type { HealthResponse, LivenessResponse } from '@asaka/contracts';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Access } from '../auth/access';
import { HealthResponseDto, LivenessResponseDto } from '../http/contract-dtos';
import { createFailFastRedis, whenReady } from '../redis/redis-connection';
import { liveWorkers } from '../redis/worker-heartbeat';

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

@ApiTags('health')
@Controller('health')
export class HealthController implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.redis = createFailFastRedis(config.redis.url, 'asaka-health');
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  @Access.anyone()
  @Get('live')
  @ApiOkResponse({ type: LivenessResponseDto, description: 'The process answers.' })
  live(): LivenessResponse {
    return { status: 'ok' };
  }

  @Access.anyone()
  @Get()
  @ApiOkResponse({ type: HealthResponseDto, description: 'Database, Redis and a worker are all reachable.' })
  @ApiServiceUnavailableResponse({ type: HealthResponseDto, description: 'At least one dependency is down.' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const [database, redis, worker] = await Promise.all([
      within(this.dataSource.query('SELECT 1'), 2000).then(() => true, () => false),
      within(whenReady(this.redis, 1000).then(() => this.redis.ping()), 2000).then(() => true, () => false),
      within(whenReady(this.redis, 1000).then(() => liveWorkers(this.redis, this.config.redis.queuePrefix)), 2000).then((n) => n > 0, () => false),
    ]);
    const up = (ok: boolean): 'up' | 'down' => (ok ? 'up' : 'down');
    const healthy = database && redis && worker;
    void reply.status(healthy ? 200 : 503).header('cache-control', 'no-store');
    return { status: healthy ? 'ok' : 'degraded', checks: { database: up(database), redis: up(redis), worker: up(worker) } };
  }
}
