import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfigOrExit } from '@asaka/platform';
import { entities } from './entities';

/** Applies the committed migrations and exits. Run before the API starts; the worker never migrates. */
async function main() {
  const config = loadConfigOrExit();
  const dataSource = await new DataSource(dataSourceOptions(config.database.url, entities, 1)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(applied.length ? `applied ${applied.map((m) => m.name).join(', ')}\n` : 'database is up to date\n');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
