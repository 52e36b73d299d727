import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit, nestLogLevels } from '@asaka/platform';
import { WorkerModule } from './worker.module';

async function main() {
  const config = loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new ConsoleLogger({ json: config.app.nodeEnv === 'production', logLevels: nestLogLevels(config.app.logLevel) }),
  });
  // SIGTERM/SIGINT close the queue workers after the mails in flight, then the connections.
  app.enableShutdownHooks();
  await app.init();
  process.stdout.write(`worker ${process.pid} running\n`);
}

main().catch((error) => {
  process.stderr.write(`worker failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
