import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiStack, HttpSession, MailCatcher, startApiStack, waitFor } from '@asaka/testing';
import { AppModule } from './app.module';

describe('members, invitations, counter registration and account control', () => {
  let stack: ApiStack;
  let app: NestFastifyApplication;
  let catcher: MailCatcher;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config), { mail: true });
    app = stack.app;
    catcher = stack.catcher as MailCatcher;
  });

  afterAll(() => stack?.close());

  const signedIn = (email: string, roles: ('staff' | 'admin' | 'jobseeker')[] = []) => stack.signIn(email, roles);
  const linkToken = (text: string, path: string) => decodeURIComponent(text.match(new RegExp(`${path}\\?token=([A-Za-z0-9_%-]+)`))?.[1] ?? '');
  const mailTo = (address: string) => waitFor(() => catcher.messages.find((m) => m.to.includes(address)), { timeoutMs: 20_000, description: `a mail to ${address}` });
  const org = { name: '膝折ベーカリー', address: '朝霞市膝折町1丁目', industry: '製造小売（パン）', employeeCount: 4 };

  it('lets an owner invite by mail; only the invited address can join; the last owner stays', async () => {
    const owner = await signedIn('baker@example.jp');
    const { id } = (await owner.browser.post('/api/organizations', org)).json<{ id: string }>();
    const member = await signedIn('apprentice@example.jp');
    const outsider = await signedIn('outsider@example.jp');

    expect((await outsider.browser.post(`/api/organizations/${id}/invitations`, { email: 'x@example.jp' })).statusCode).toBe(404);
    expect((await owner.browser.post(`/api/organizations/${id}/invitations`, { email: member.email })).statusCode).toBe(202);
    const token = linkToken((await mailTo(member.email)).text, '/invitations/accept');

    expect((await outsider.browser.post('/api/organization-invitations/accept', { token })).json()).toMatchObject({ code: 'INVITATION_FOR_ANOTHER_ADDRESS' });
    const joined = await member.browser.post('/api/organization-invitations/accept', { token });
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toMatchObject({ id, myRole: 'member' });
    expect((await member.browser.post('/api/organization-invitations/accept', { token })).json()).toMatchObject({ code: 'INVITATION_INVALID' });

    expect((await member.browser.post(`/api/organizations/${id}/invitations`, { email: 'y@example.jp' })).json()).toMatchObject({ code: 'NOT_OWNER' });
    expect((await owner.browser.request('DELETE', `/api/organizations/${id}/members/${owner.id}`)).json()).toMatchObject({ code: 'LAST_OWNER' });
    expect((await owner.browser.request('DELETE', `/api/organizations/${id}/members/${member.id}`)).statusCode).toBe(204);
    expect((await member.browser.get(`/api/organizations/${id}`)).statusCode).toBe(404);
  });

  it('opens an account at the counter with the consent recorded; the person sets their own password', async () => {
    const staff = await signedIn('counter@city.example.jp', ['staff']);
    const registered = await staff.browser.post('/api/admin/counter-registrations', {
      email: 'walk-in@example.jp',
      displayName: '窓口 来子',
      locale: 'ja',
      roles: ['entrepreneur'],
      consent: { method: 'signed-form', note: '申込書 No.42' },
      organization: { ...org, name: '来子の店' },
    });
    expect(registered.statusCode).toBe(201);
    const { userId, organizationId } = registered.json<{ userId: string; organizationId: string }>();
    expect(organizationId).toEqual(expect.any(String));

    const mail = await mailTo('walk-in@example.jp');
    expect(mail.subject).toContain('パスワードを設定してください');
    const person = new HttpSession(app);
    expect((await person.post('/api/auth/password-reset/confirm', { token: linkToken(mail.text, '/reset-password'), password: 'my own chosen passphrase' })).statusCode).toBe(204);
    expect((await person.post('/api/auth/login', { email: 'walk-in@example.jp', password: 'my own chosen passphrase' })).statusCode).toBe(204);
    expect((await person.get('/api/me')).json()).toMatchObject({ id: userId, roles: ['entrepreneur'], organizations: [{ id: organizationId, role: 'owner' }] });

    const log = (await staff.browser.get(`/api/admin/audit-log?action=user.registered-at-counter&targetId=${userId}`)).json<{ items: { newValue: { consent: { method: string; note: string } } }[] }>();
    expect(log.items[0]?.newValue.consent).toMatchObject({ method: 'signed-form', note: '申込書 No.42' });

    const again = await staff.browser.post('/api/admin/counter-registrations', { email: 'walk-in@example.jp', displayName: 'x', locale: 'ja', consent: { method: 'verbal' } });
    expect(again.json()).toMatchObject({ code: 'EMAIL_ALREADY_REGISTERED' });
  });

  it('ends every other session when the password changes', async () => {
    const person = await signedIn('changer@example.jp');
    const otherDevice = new HttpSession(app);
    await otherDevice.post('/api/auth/login', { email: person.email, password: person.password });
    const wrong = await person.browser.request('PUT', '/api/me/password', { currentPassword: 'not it', newPassword: 'a new long passphrase' });
    expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect((await person.browser.request('PUT', '/api/me/password', { currentPassword: person.password, newPassword: 'a new long passphrase' })).statusCode).toBe(204);
    expect((await person.browser.get('/api/me')).statusCode).toBe(200);
    expect((await otherDevice.get('/api/me')).statusCode).toBe(401);
  });

  it('kills the sessions of an account an admin disables', async () => {
    const person = await signedIn('troublemaker@example.jp');
    const admin = await signedIn('root@city.example.jp', ['admin']);
    const disabled = await admin.browser.request('PUT', `/api/admin/users/${person.id}/status`, { status: 'disabled' });
    expect(disabled.json()).toMatchObject({ status: 'disabled' });
    expect((await person.browser.get('/api/me')).statusCode).toBe(401);
    expect((await new HttpSession(app).post('/api/auth/login', { email: person.email, password: person.password })).statusCode).toBe(401);
    expect((await admin.browser.request('PUT', `/api/admin/users/${admin.id}/status`, { status: 'disabled' })).json()).toMatchObject({ code: 'CANNOT_DISABLE_SELF' });
  });
});
