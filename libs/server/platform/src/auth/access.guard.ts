import { timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CommonErrors, defineErrors } from '../http/app-error';
import { ACCESS_METADATA, AccessRule } from './access';
import { CSRF_COOKIE, CSRF_HEADER, sessionCookieName } from './cookies';
import { SessionsService } from './sessions.service';

export const AuthErrors = defineErrors({
  CSRF_FAILED: {
    status: 403,
    ja: 'ページの有効期限が切れました。ページを再読み込みしてからもう一度お試しください。',
    en: 'This page has expired. Reload it and try again.',
  },
  ACCESS_NOT_DECLARED: { status: 403, ja: 'この操作を行う権限がありません。', en: 'You are not allowed to do this.' },
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Runs before every route: resolves the session, checks the CSRF token of unsafe requests that
 * carry the session cookie (signed double-submit), then applies the route's declared access rule.
 * A route that declares no rule is refused: access fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (!rule) throw AuthErrors.ACCESS_NOT_DECLARED();
    const request = context.switchToHttp().getRequest<FastifyRequest>();

    if (!SAFE_METHODS.has(request.method) && request.cookies[sessionCookieName(this.config)] !== undefined) {
      this.checkCsrf(request);
    }
    request.principal = await this.sessions.resolve(request);

    if (rule.kind === 'anyone') return true;
    if (!request.principal) throw CommonErrors.UNAUTHENTICATED();
    if (rule.kind === 'roles' && !rule.roles.some((role) => request.principal?.roles.includes(role))) {
      throw CommonErrors.FORBIDDEN();
    }
    return true;
  }

  private checkCsrf(request: FastifyRequest): void {
    const header = request.headers[CSRF_HEADER];
    const cookie = request.cookies[CSRF_COOKIE];
    if (typeof header !== 'string' || !cookie) throw AuthErrors.CSRF_FAILED();
    const unsigned = request.unsignCookie(cookie);
    if (!unsigned.valid || unsigned.value === null || !sameToken(unsigned.value, header)) throw AuthErrors.CSRF_FAILED();
  }
}

