import type { CookieSerializeOptions } from '@fastify/cookie';
import type { AppConfig } from '../config/app-config';

/** Over HTTPS the session cookie is `__Host-` prefixed: Secure, host-only, path /. */
export function sessionCookieName(config: AppConfig): string {
  return config.auth.secureCookies ? '__Host-asaka_session' : 'asaka_session';
}

export const CSRF_COOKIE = 'csrf_token';
export const CSRF_HEADER = 'x-csrf-token';

export function cookieOptions(config: AppConfig, maxAgeSeconds?: number): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.auth.secureCookies,
    path: '/',
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}
