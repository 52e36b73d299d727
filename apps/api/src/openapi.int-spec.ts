import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildOpenApiDocument } from '@asaka/platform';
import { createTestDatabase, startApiApp, testConfig, TestDatabase } from '@asaka/testing';
import { AppModule } from './app.module';

// The committed OpenAPI document is the reviewed contract: an API change shows up as a diff of
// openapi/api.json. `npm run openapi` rewrites it after a deliberate change.
const committedPath = path.resolve(__dirname, '../../../openapi/api.json');

describe('openapi/api.json', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    app = await startApiApp(AppModule.forRoot(config), config);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('matches the document generated from the running API', () => {
    const generated = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') writeFileSync(committedPath, generated);
    const committed = readFileSync(committedPath, 'utf8');
    expect(committed).toBe(generated);
  });
});
