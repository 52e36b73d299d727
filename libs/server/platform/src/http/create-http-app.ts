import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { ConsoleLogger, DynamicModule, INestApplication, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet, { HelmetOptions } from 'helmet';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { AppConfig } from '../config/app-config';
import { CommonErrors } from './app-error';
import { errorBody } from './error-response';
import { MULTIPART_OPTIONS } from './uploads';

const REDACT = ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'];

/** Links in mails carry secrets in their query (`?token=`): the log keeps the path only. */
export function loggableUrl(url: string): string {
  const query = url.indexOf('?');
  if (query === -1) return url;
  const params = new URLSearchParams(url.slice(query + 1));
  for (const name of [...params.keys()]) if (/token|secret|code|password/i.test(name)) params.set(name, '[redacted]');
  return `${url.slice(0, query)}?${params.toString()}`;
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('朝霞市 産業振興ポータル API — Asaka Business Support Portal API')
    .setDescription(
      'Errors are `{ statusCode, code, message, details? }`; `message` follows Accept-Language (ja default, en). ' +
        'Times are ISO 8601 in Japan time with the offset.',
    )
    .setVersion('1')
    .build();
  return cleanupOpenApiDoc(SwaggerModule.createDocument(app, config));
}

/**
 * The API process on Fastify: request logs with a request id, security headers, a body limit,
 * the error shape for requests Fastify itself refuses, OpenAPI at /api/docs, and in production
 * the built web app with a fallback to index.html for the browser's routes.
 */
export async function createHttpApp(module: Type<unknown> | DynamicModule, config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: {
      level: config.app.logLevel,
      redact: REDACT,
      serializers: {
        req: (request: { method: string; url: string; ip?: string; id?: string }) => ({ method: request.method, url: loggableUrl(request.url), remoteAddress: request.ip }),
      },
    },
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    bodyLimit: config.app.bodyLimitBytes,
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: new ConsoleLogger({ json: config.app.nodeEnv === 'production', logLevels: nestLogLevels(config.app.logLevel) }),
    bufferLogs: true,
  });
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // API answers are personal by default; a route that may be cached says so itself.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifyCookie, { secret: config.auth.cookieSecret });
  // File uploads (listing photos); routes read them with readUpload, which applies the limits.
  await app.register(fastifyMultipart, MULTIPART_OPTIONS);
  const security = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The maps' tiles: 国土地理院 地理院タイル (the web's default, VITE_MAP_TILE_URL changes it).
        imgSrc: ["'self'", 'data:', 'https://cyberjapandata.gsi.go.jp'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: config.app.baseUrl.startsWith('https://'),
  });
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(security);
    done();
  });

  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });

  const webDist = config.app.webDistDir ?? path.resolve('dist', 'web');
  if (config.app.nodeEnv === 'production' || config.app.webDistDir) {
    if (!existsSync(path.join(webDist, 'index.html'))) {
      throw new Error(`The web app is not built: ${webDist}/index.html is missing (run npm run build).`);
    }
    const indexHtml = readFileSync(path.join(webDist, 'index.html'));
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: false, maxAge: '1h' });
    fastify.get('/', (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml));
    fastify.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') {
        return reply.status(404).send(errorBody(CommonErrors.NOT_FOUND(), request.headers['accept-language']));
      }
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    });
  }
  return app;
}

/**
 * The headers helmet sets for these options. They depend on nothing in the request (no CSP
 * nonces), so helmet runs once at start and every answer gets the same set; @fastify/helmet built
 * helmet's middleware again for each request (a tenth of the API's time in a rush of small answers).
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/** Nest's log levels for a pino-style LOG_LEVEL. */
export function nestLogLevels(level: string): LogLevel[] {
  const order = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
  const cut = { fatal: 1, error: 2, warn: 3, info: 4, debug: 5, trace: 6, silent: 0 }[level] ?? 4;
  return order.slice(0, cut);
}
