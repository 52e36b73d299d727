import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@asaka/platform';
import { createTestDatabase, TestDatabase } from '@asaka/testing';
import { entities } from './entities';

describe('committed migrations', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url, entities, 2)).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('produce exactly the schema the entities describe (nothing left for synchronize to do)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are all applied and none is pending', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
