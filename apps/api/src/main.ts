import 'reflect-metadata';
import { createHttpApp, loadConfigOrExit } from '@asaka/platform';
import { AppModule } from './app.module';

async function main() {
  const config = loadConfigOrExit();
  const app = await createHttpApp(AppModule.forRoot(config), config);
  await app.listen({ port: config.app.port, host: config.app.host });
  app.getHttpAdapter().getInstance().log.info(`API listening on http://${config.app.host}:${config.app.port}`);
}

main().catch((error) => {
  process.stderr.write(`API failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
