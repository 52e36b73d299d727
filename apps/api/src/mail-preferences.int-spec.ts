import { DataSource } from 'typeorm';
import { NotificationsService } from '@asaka/notifications';
import { ApiStack, HttpSession, insertUser, MailCatcher, startApiStack, waitFor } from '@asaka/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';

describe('optional mails, one-click unsubscribe and the delivery log', () => {
  let stack: ApiStack;
  let app: NestFastifyApplication;
  let catcher: MailCatcher;
  let sql: DataSource;
  let dbUrl: string;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config), { mail: true, env: { NOTIFICATIONS_MAX_ATTEMPTS: '2', NOTIFICATIONS_BACKOFF_MS: '100' } });
    ({ app, sql } = stack);
    catcher = stack.catcher as MailCatcher;
    dbUrl = stack.db.url;
  });

  afterAll(() => stack?.close());

  const notice = (subject: string) => ({ subject, heading: subject, paragraphs: ['本文'] });
  async function enqueue(mail: Parameters<NotificationsService['enqueue']>[1]): Promise<string> {
    return sql.transaction(async (manager) => (await app.get(NotificationsService).enqueue(manager, mail)).id);
  }
  const statusOf = async (id: string) => ((await sql.query(`SELECT status FROM notification WHERE id = $1`, [id])) as { status: string }[])[0]?.status;

  it('sends an optional mail with RFC 8058 headers whose one-click POST turns the topic off; the next one is skipped', async () => {
    const person = await insertUser(dbUrl, { email: 'reader@example.jp' });
    const first = await enqueue({ to: person.email, recipientUserId: person.id, template: 'notice', locale: 'ja', category: 'optional', topic: 'portal-news', data: notice('ニュース1') });
    const mail = await waitFor(() => catcher.mailsFor(first)[0], { timeoutMs: 20_000, description: 'the first news mail' });
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const link = mail.headers['list-unsubscribe']?.match(/^<(http:\/\/portal\.test\/api\/notifications\/unsubscribe\?token=[^>]+)>$/)?.[1];
    expect(link).toBeDefined();

    // Opened in a browser, the link changes nothing and leads to the confirmation page.
    const url = new URL(link as string);
    const opened = await app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe(`/unsubscribe${url.search}`);

    // A mail provider posts without cookies or CSRF token, as RFC 8058 describes.
    const oneClick = await app.inject({ method: 'POST', url: `${url.pathname}${url.search}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(oneClick.statusCode).toBe(204);
    const tampered = await app.inject({ method: 'POST', url: `${url.pathname}${url.search.slice(0, -2)}xx` });
    expect(tampered.json()).toMatchObject({ code: 'INVALID_UNSUBSCRIBE_LINK' });

    const second = await enqueue({ to: person.email, recipientUserId: person.id, template: 'notice', locale: 'ja', category: 'optional', topic: 'portal-news', data: notice('ニュース2') });
    const critical = await enqueue({ to: person.email, recipientUserId: person.id, template: 'notice', locale: 'ja', category: 'critical', data: notice('重要なお知らせ') });
    await waitFor(() => catcher.mailsFor(critical)[0], { timeoutMs: 20_000, description: 'the critical mail' });
    await waitFor(async () => (await statusOf(second)) === 'skipped', { timeoutMs: 20_000, description: 'the second news mail skipped' });
    expect(catcher.mailsFor(second)).toEqual([]);
    expect(catcher.mailsFor(critical)[0]?.headers['list-unsubscribe']).toBeUndefined();
  });

  it('shows my preferences and cancels queued mails of a topic I turn off', async () => {
    const person = await insertUser(dbUrl, { email: 'chooser@example.jp' });
    const browser = new HttpSession(app);
    await browser.post('/api/auth/login', { email: person.email, password: person.password });
    expect((await browser.get('/api/me/notification-preferences')).json()).toEqual({
      topics: [
        { topic: 'saved-search-alerts', enabled: true },
        { topic: 'daily-digest', enabled: true },
        { topic: 'portal-news', enabled: true },
      ],
    });
    const later = await enqueue({
      to: person.email, recipientUserId: person.id, template: 'notice', locale: 'ja', category: 'optional', topic: 'daily-digest', data: notice('明日のダイジェスト'), sendAt: new Date(Date.now() + 3_600_000),
    });
    const updated = await browser.request('PUT', '/api/me/notification-preferences', { topics: [{ topic: 'daily-digest', enabled: false }] });
    expect(updated.json<{ topics: { topic: string; enabled: boolean }[] }>().topics).toContainEqual({ topic: 'daily-digest', enabled: false });
    expect(await statusOf(later)).toBe('cancelled');
    expect((await browser.request('PUT', '/api/me/notification-preferences', { topics: [{ topic: 'critical-stuff', enabled: false }] })).statusCode).toBe(400);
  });

  it('gives staff the delivery log with attempts and errors, and resends a failed mail', async () => {
    const { browser: staff } = await stack.signIn('mail-desk@city.example.jp', ['staff']);

    catcher.failAlways(550);
    const bounced = await enqueue({ to: 'nobody@bounce.example.jp', template: 'notice', locale: 'ja', category: 'critical', data: notice('届かないメール') });
    await waitFor(async () => (await statusOf(bounced)) === 'failed', { timeoutMs: 20_000, description: 'the bounced mail failed' });
    catcher.acceptAll();

    const log = await staff.get('/api/admin/notifications?recipient=bounce.example.jp');
    expect(log.statusCode).toBe(200);
    const [entry] = log.json<{ items: { id: string; status: string; lastError: string; deliveryAttempts: { outcome: string; error: string }[] }[] }>().items;
    expect(entry).toMatchObject({ id: bounced, status: 'failed' });
    expect(entry?.lastError).toContain('550');
    expect(entry?.deliveryAttempts).toEqual([expect.objectContaining({ outcome: 'failed', error: expect.stringContaining('550') })]);

    const reader = await insertUser(dbUrl, { email: 'curious@example.jp' });
    const nosy = new HttpSession(app);
    await nosy.post('/api/auth/login', { email: reader.email, password: reader.password });
    expect((await nosy.get('/api/admin/notifications')).statusCode).toBe(403);
    expect((await nosy.post(`/api/admin/notifications/${bounced}/resend`)).statusCode).toBe(403);

    expect((await staff.post(`/api/admin/notifications/${bounced}/resend`)).statusCode).toBe(204);
    await waitFor(() => catcher.mailsFor(bounced)[0], { timeoutMs: 20_000, description: 'the resent mail' });
    expect(await statusOf(bounced)).toBe('sent');
    expect((await staff.post(`/api/admin/notifications/${bounced}/resend`)).json()).toMatchObject({ code: 'NOT_RESENDABLE' });

    const audit = (await staff.get(`/api/admin/audit-log?action=notification.resend&targetId=${bounced}`)).json<{ total: number }>();
    expect(audit.total).toBe(1);
  });
});
