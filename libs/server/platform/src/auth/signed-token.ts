import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A small signed payload for links that must work without signing in (one-click unsubscribe, a
 * booking's cancel link): base64url JSON plus an HMAC-SHA256 over it, with a purpose so a token
 * made for one use is refused by another.
 */
export function signPayload(secret: string, purpose: string, payload: Record<string, unknown>): string {
  const body = Buffer.from(JSON.stringify({ p: purpose, d: payload })).toString('base64url');
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

export function verifyPayload<T extends Record<string, unknown>>(secret: string, purpose: string, token: string): T | null {
  const [body, signature] = token.split('.');
  if (!body || !signature) return null;
  const expected = Buffer.from(createHmac('sha256', secret).update(body).digest('base64url'));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { p?: unknown; d?: unknown };
    return parsed.p === purpose && parsed.d && typeof parsed.d === 'object' ? (parsed.d as T) : null;
  } catch {
    return null;
  }
}
