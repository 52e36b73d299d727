import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { Secret } from 'otpauth';
import { totpFor } from '@asaka/accounts';
import {
  createTestDatabase,
  HttpSession,
  insertUser,
  MailCatcher,
  startApiApp,
  startWorkerProcess,
  testConfig,
  TestDatabase,
  waitFor,
  WorkerProcess,
} from '@asaka/testing';
import type { AppConfig } from '@asaka/platform';

describe('accounts: sign-up to sign-out on the real stack', () => {
  let db: TestDatabase;
  let catcher: MailCatcher;
  let config: AppConfig;
  let app: NestFastifyApplication;
  let worker: WorkerProcess;

  beforeAll(async () => {
    db = await createTestDatabase();
    catcher = await MailCatcher.start();
    config = testConfig(db.url, { SMTP_URL: catcher.url, APP_BASE_URL: 'http://portal.test', NOTIFICATIONS_RELAY_INTERVAL_MS: '100' });
    app = await startApiApp(AppModule.forRoot(config), config);
    worker = await startWorkerProcess({ databaseUrl: db.url, redisUrl: config.redis.url, smtpUrl: catcher.url, queuePrefix: config.redis.queuePrefix, env: { APP_BASE_URL: 'http://portal.test', NOTIFICATIONS_RELAY_INTERVAL_MS: '100' } });
  });

  afterAll(async () => {
    await worker?.stop();
    await app?.close();
    await catcher?.close();
    await db?.drop();
  });

  const mailTo = async (address: string, subject: RegExp) =>
    waitFor(() => catcher.messages.find((m) => m.to.includes(address) && subject.test(m.subject)), { timeoutMs: 20_000, description: `a mail to ${address} matching ${subject}` });
  const tokenIn = (text: string, path: string) => {
    const match = text.match(new RegExp(`${path}\\?token=([A-Za-z0-9_%-]+)`));
    if (!match?.[1]) throw new Error(`no ${path} link in:\n${text}`);
    return decodeURIComponent(match[1]);
  };

  /** Registers and verifies through the mailed link, as a person would. */
  async function registeredUser(email: string, password = 'a long enough passphrase') {
    const browser = new HttpSession(app);
    const response = await browser.post('/api/auth/register', { email, password, displayName: '朝霞 花子', locale: 'ja', roles: ['entrepreneur'] });
    expect(response.statusCode).toBe(202);
    const mail = await mailTo(email, /メールアドレスの確認/);
    expect((await browser.post('/api/auth/verify-email', { token: tokenIn(mail.text, '/verify-email') })).statusCode).toBe(204);
    return { browser, email, password };
  }

  it('registers, reads the verification mail, signs in and sees themself at /api/me', async () => {
    const browser = new HttpSession(app);
    const email = 'hanako@example.jp';
    const register = await browser.post('/api/auth/register', { email, password: 'さくら並木の朝霞台駅前', displayName: '朝霞 花子', locale: 'ja', roles: ['entrepreneur'] });
    expect(register.statusCode).toBe(202);

    const early = await browser.post('/api/auth/login', { email, password: 'さくら並木の朝霞台駅前' });
    expect(early.statusCode).toBe(403);
    expect(early.json()).toMatchObject({ code: 'EMAIL_NOT_VERIFIED' });

    const mail = await mailTo(email, /メールアドレスの確認/);
    expect(mail.text).toContain('朝霞 花子 様');
    const token = tokenIn(mail.text, '/verify-email');
    expect((await browser.post('/api/auth/verify-email', { token })).statusCode).toBe(204);
    expect((await browser.post('/api/auth/verify-email', { token })).json()).toMatchObject({ code: 'INVALID_TOKEN' });

    expect((await browser.post('/api/auth/login', { email: 'HANAKO@example.jp', password: 'さくら並木の朝霞台駅前' })).statusCode).toBe(204);
    const me = await browser.get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    expect(me.json()).toMatchObject({ email, displayName: '朝霞 花子', locale: 'ja', roles: ['entrepreneur'], emailVerified: true });

    const changed = await browser.request('PUT', '/api/me/roles', { roles: ['jobseeker', 'entrepreneur'] });
    expect(changed.json()).toMatchObject({ roles: ['entrepreneur', 'jobseeker'] });
    expect((await browser.request('PUT', '/api/me/roles', { roles: ['staff'] })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('sends a fresh verification link when someone signs up again before confirming', async () => {
    const browser = new HttpSession(app);
    const body = { email: 'slow@example.jp', password: 'a long enough passphrase', displayName: '遅川', locale: 'ja' };
    expect((await browser.post('/api/auth/register', body)).statusCode).toBe(202);
    const first = await mailTo(body.email, /メールアドレスの確認/);
    expect((await browser.post('/api/auth/register', body)).statusCode).toBe(202);
    const second = await waitFor(() => catcher.messages.filter((m) => m.to.includes(body.email))[1], { timeoutMs: 20_000, description: 'a second verification mail' });
    expect(second.subject).toMatch(/メールアドレスの確認/);
    expect((await browser.post('/api/auth/verify-email', { token: tokenIn(first.text, '/verify-email') })).json()).toMatchObject({ code: 'INVALID_TOKEN' });
    expect((await browser.post('/api/auth/verify-email', { token: tokenIn(second.text, '/verify-email') })).statusCode).toBe(204);
  });

  it('answers a second sign-up for a registered address the same way, and mails its owner instead', async () => {
    const { email } = await registeredUser('taken@example.jp');
    const again = await new HttpSession(app).post('/api/auth/register', { email, password: 'another long passphrase', displayName: '別人', locale: 'en' });
    expect(again.statusCode).toBe(202);
    await mailTo(email, /すでに|already has an account|登録済み/);
  });

  it('refuses a common password, a short one and fields a person may not set', async () => {
    const browser = new HttpSession(app, { acceptLanguage: 'en' });
    const base = { email: 'new@example.jp', displayName: 'New', locale: 'en' };
    const common = await browser.post('/api/auth/register', { ...base, password: 'password123' });
    expect(common.statusCode).toBe(400);
    expect(common.json()).toMatchObject({ code: 'PASSWORD_TOO_COMMON', message: 'This password is too common. Please choose another one.' });

    const short = await browser.post('/api/auth/register', { ...base, password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json<{ code: string; details: { path: string }[] }>().details.map((d) => d.path)).toContain('password');

    const japanese = await new HttpSession(app).post('/api/auth/register', { ...base, email: 'not-an-address', password: 'a fine long passphrase' });
    expect(japanese.json()).toMatchObject({ message: '入力内容に誤りがあります。', details: [{ path: 'email', message: '無効なメールアドレス' }] });

    for (const extra of [{ roles: ['admin'] }, { status: 'active' }, { role: 'staff' }]) {
      const response = await browser.post('/api/auth/register', { ...base, password: 'a fine long passphrase', ...extra });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });

  it('slows down repeated wrong passwords with 429 and Retry-After, while another account signs in from the same address', async () => {
    const victim = await registeredUser('victim@example.jp');
    const other = await registeredUser('other@example.jp');
    const attacker = new HttpSession(app, { ip: '203.0.113.7' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      statuses.push((await attacker.post('/api/auth/login', { email: victim.email, password: `wrong guess ${i}` })).statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const blocked = await attacker.post('/api/auth/login', { email: victim.email, password: victim.password });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json()).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });

    const neighbour = new HttpSession(app, { ip: '203.0.113.7' });
    expect((await neighbour.post('/api/auth/login', { email: other.email, password: other.password })).statusCode).toBe(204);
    expect((await neighbour.get('/api/me')).statusCode).toBe(200);
  });

  it('ends the session at sign-out: the old cookie replayed gets 401', async () => {
    const { browser, email, password } = await registeredUser('leaver@example.jp');
    expect((await browser.post('/api/auth/login', { email, password })).statusCode).toBe(204);
    const stolen = browser.cookieHeader();
    expect((await browser.post('/api/auth/logout')).statusCode).toBe(204);

    const replay = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: stolen } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses an unsafe request carrying the session cookie without the CSRF header', async () => {
    const { browser, email, password } = await registeredUser('csrf@example.jp');
    expect((await browser.post('/api/auth/login', { email, password })).statusCode).toBe(204);
    const forged = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: browser.cookieHeader() } });
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({ code: 'CSRF_FAILED' });
    const wrong = await browser.post('/api/auth/logout', undefined, { 'x-csrf-token': 'not-the-token' });
    expect(wrong.json()).toMatchObject({ code: 'CSRF_FAILED' });
    expect((await browser.get('/api/me')).statusCode).toBe(200);
  });

  it('resets a forgotten password by mailed single-use link, signs out everywhere, and sends at most 3 links an hour', async () => {
    const { browser, email, password } = await registeredUser('forgetful@example.jp');
    expect((await browser.post('/api/auth/login', { email, password })).statusCode).toBe(204);

    const stranger = new HttpSession(app);
    expect((await stranger.post('/api/auth/password-reset', { email })).statusCode).toBe(202);
    const mail = await mailTo(email, /パスワードの再設定/);
    const token = tokenIn(mail.text, '/reset-password');
    expect((await stranger.post('/api/auth/password-reset/confirm', { token, password: 'password123' })).json()).toMatchObject({ code: 'PASSWORD_TOO_COMMON' });
    expect((await stranger.post('/api/auth/password-reset/confirm', { token, password: 'a brand new passphrase' })).statusCode).toBe(204);
    expect((await stranger.post('/api/auth/password-reset/confirm', { token, password: 'yet another passphrase' })).json()).toMatchObject({ code: 'INVALID_TOKEN' });

    expect((await browser.get('/api/me')).statusCode).toBe(401);
    expect((await stranger.post('/api/auth/login', { email, password })).statusCode).toBe(401);
    expect((await stranger.post('/api/auth/login', { email, password: 'a brand new passphrase' })).statusCode).toBe(204);

    expect((await stranger.post('/api/auth/password-reset', { email })).statusCode).toBe(202);
    expect((await stranger.post('/api/auth/password-reset', { email })).statusCode).toBe(202);
    const fourth = await stranger.post('/api/auth/password-reset', { email });
    expect(fourth.statusCode).toBe(429);
    expect(fourth.headers['retry-after']).toBeDefined();
    // An unknown address answers like a known one.
    expect((await stranger.post('/api/auth/password-reset', { email: 'nobody@example.jp' })).statusCode).toBe(202);
  });

  describe('two-step verification for staff and admins', () => {
    it('asks enrolled staff for a code, accepts it once, and refuses it replayed', async () => {
      const secret = new Secret({ size: 20 }).base32;
      const staff = await insertUser(db.url, { email: 'staff@example.jp', roles: ['staff'], totpSecret: secret });
      const browser = new HttpSession(app);
      const withoutCode = await browser.post('/api/auth/login', { email: staff.email, password: staff.password });
      expect(withoutCode.statusCode).toBe(401);
      expect(withoutCode.json()).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' });

      const code = totpFor(secret).generate();
      expect((await browser.post('/api/auth/login', { email: staff.email, password: staff.password, totp: code })).statusCode).toBe(204);
      expect((await browser.get('/api/me')).json()).toMatchObject({ roles: ['staff'], pendingRoles: [], secondFactorEnabled: true });

      const replay = await new HttpSession(app).post('/api/auth/login', { email: staff.email, password: staff.password, totp: code });
      expect(replay.json()).toMatchObject({ code: 'SECOND_FACTOR_INVALID' });
    });

    it('keeps staff rights pending until a newly appointed staff member enrols an authenticator', async () => {
      const staff = await insertUser(db.url, { email: 'new-staff@example.jp', roles: ['staff', 'jobseeker'] });
      const browser = new HttpSession(app);
      expect((await browser.post('/api/auth/login', { email: staff.email, password: staff.password })).statusCode).toBe(204);
      expect((await browser.get('/api/me')).json()).toMatchObject({ roles: ['jobseeker'], pendingRoles: ['staff'], secondFactorEnabled: false });

      const setup = (await browser.post('/api/me/second-factor')).json<{ secret: string; otpauthUri: string }>();
      expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
      expect((await browser.post('/api/me/second-factor/confirm', { code: '000000' })).json()).toMatchObject({ code: 'SECOND_FACTOR_INVALID' });
      expect((await browser.post('/api/me/second-factor/confirm', { code: totpFor(setup.secret).generate() })).statusCode).toBe(204);
      expect((await browser.get('/api/me')).json()).toMatchObject({ roles: ['staff', 'jobseeker'], pendingRoles: [], secondFactorEnabled: true });

      const later = await new HttpSession(app).post('/api/auth/login', { email: staff.email, password: staff.password });
      expect(later.json()).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' });
    });
  });
});
