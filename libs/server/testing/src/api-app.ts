import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, createHttpApp } from '@asaka/platform';

/**
 * The real API application, initialised but not listening: requests go through Fastify's
 * inject, so every hook, filter and pipe runs as in production.
 */
export async function startApiApp(module: DynamicModule, config: AppConfig): Promise<NestFastifyApplication> {
  const app = await createHttpApp(module, config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
