import { signPayload, verifyPayload } from './signed-token';

describe('signed tokens', () => {
  const secret = 's'.repeat(32);

  it('round-trips a payload for its purpose only', () => {
    const token = signPayload(secret, 'unsubscribe', { userId: 'u1', topic: 'portal-news' });
    expect(verifyPayload(secret, 'unsubscribe', token)).toEqual({ userId: 'u1', topic: 'portal-news' });
    expect(verifyPayload(secret, 'cancel-booking', token)).toBeNull();
  });

  it('refuses a changed payload, a changed signature and another secret', () => {
    const token = signPayload(secret, 'unsubscribe', { userId: 'u1' });
    const [body, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ p: 'unsubscribe', d: { userId: 'u2' } })).toString('base64url');
    expect(verifyPayload(secret, 'unsubscribe', `${forged}.${signature}`)).toBeNull();
    expect(verifyPayload(secret, 'unsubscribe', `${body}.${signature}x`)).toBeNull();
    expect(verifyPayload('t'.repeat(32), 'unsubscribe', token)).toBeNull();
    expect(verifyPayload(secret, 'unsubscribe', 'garbage')).toBeNull();
  });
});
