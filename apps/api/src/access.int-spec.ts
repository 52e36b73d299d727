import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ACCESS_METADATA, AccessRule, buildOpenApiDocument } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import { createTestDatabase, startApiApp, testConfig, TestDatabase } from '@asaka/testing';
import { AppModule } from './app.module';

interface Route {
  method: string;
  path: string;
  rule: AccessRule | undefined;
}

/** Every route Nest serves, with the access rule it declares (or none). */
function declaredRoutes(app: NestFastifyApplication): Route[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prefix = String(reflector.get(PATH_METADATA, wrapper.metatype) ?? '');
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = instance[name] as () => unknown;
      const path = reflector.get<string | undefined>(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[reflector.get<RequestMethod>(METHOD_METADATA, handler)];
      const full = `/api/${[prefix, path].filter((p) => p && p !== '/').join('/')}`.replace(/\/+$/, '');
      const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [handler, wrapper.metatype]);
      routes.push({ method, path: full, rule });
    }
  }
  return routes;
}

describe('access declared on every route', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let app: NestFastifyApplication;
  let routes: Route[];

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig(db.url);
    app = await startApiApp(AppModule.forRoot(config), config);
    routes = declaredRoutes(app);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('finds the routes of the OpenAPI document', () => {
    const documented = Object.entries(buildOpenApiDocument(app).paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(documented.sort());
  });

  it('has an access rule on every route (a route without one fails this test and is refused at run time)', () => {
    expect(routes.filter((r) => r.rule === undefined).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
});
