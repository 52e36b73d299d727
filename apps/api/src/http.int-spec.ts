import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import { AppConfig, beat } from '@asaka/platform';
import { createTestDatabase, startApiApp, testConfig, TestDatabase } from '@asaka/testing';
import { AppModule } from './app.module';

describe('the API over HTTP', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let app: NestFastifyApplication;
  let redis: Redis;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig(db.url, { BODY_LIMIT_BYTES: '2048' });
    app = await startApiApp(AppModule.forRoot(config), config);
    redis = new Redis(config.redis.url);
  });

  afterAll(async () => {
    await app?.close();
    redis?.disconnect();
    await db?.drop();
  });

  const inject = (options: Parameters<NestFastifyApplication['inject']>[0]) => app.inject(options);

  it('answers the liveness probe', async () => {
    const response = await inject({ method: 'GET', url: '/api/health/live' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('reports 503 with the worker down until a worker heartbeat arrives', async () => {
    const before = await inject({ method: 'GET', url: '/api/health' });
    expect(before.statusCode).toBe(503);
    expect(before.json()).toEqual({ status: 'degraded', checks: { database: 'up', redis: 'up', worker: 'down' } });

    await beat(redis, config.redis.queuePrefix, 'test-worker');
    const after = await inject({ method: 'GET', url: '/api/health' });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up', worker: 'up' } });
  });

  it('answers an unknown route with the error shape, in Japanese by default and in English on request', async () => {
    const ja = await inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(ja.statusCode).toBe(404);
    expect(ja.json()).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'お探しのものは見つかりませんでした。' });

    const en = await inject({ method: 'GET', url: '/api/no-such-thing', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(en.json()).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found.' });
  });

  it('refuses a body over the limit with 413 and malformed JSON with 400, never 500', async () => {
    const big = await inject({ method: 'POST', url: '/api/health', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ x: 'あ'.repeat(4000) }) });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });

    const malformed = await inject({ method: 'POST', url: '/api/health', headers: { 'content-type': 'application/json' }, payload: '{"unclosed' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ statusCode: 400, code: 'MALFORMED_REQUEST' });
  });

  it('sends security headers and a request id on every answer', async () => {
    const response = await inject({ method: 'GET', url: '/api/health/live', headers: { 'x-request-id': 'trace-me-123' } });
    expect(response.headers['x-request-id']).toBe('trace-me-123');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(String(response.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBeDefined();

    const generated = await inject({ method: 'GET', url: '/api/health/live' });
    expect(String(generated.headers['x-request-id'])).toMatch(/^[0-9a-f-]{36}$/);

    // The same set on refusals, computed once by helmet at start.
    const refused = await inject({ method: 'GET', url: '/api/no-such-resource' });
    expect(refused.statusCode).toBe(404);
    expect(String(refused.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
    expect(refused.headers['referrer-policy']).toBe('no-referrer');
    // Served over http here: no HSTS (it would pin a host that has no TLS).
    expect(refused.headers['strict-transport-security']).toBeUndefined();
  });

  it('publishes the OpenAPI document at /api/docs-json', async () => {
    const response = await inject({ method: 'GET', url: '/api/docs-json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(expect.arrayContaining(['/api/health', '/api/health/live']));
  });
});
