import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { EXPORT_SECTIONS } from '@asaka/accounts';
import { ApiStack, HttpSession, startApiStack } from '@asaka/testing';
import { AppModule } from './app.module';

describe('organizations, staff tools and personal data', () => {
  let stack: ApiStack;
  let app: NestFastifyApplication;
  let sql: DataSource;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config));
    ({ app, sql } = stack);
  });

  afterAll(() => stack?.close());

  const signedIn = (email: string, roles: ('staff' | 'admin' | 'jobseeker' | 'entrepreneur')[] = []) => stack.signIn(email, roles);

  const shop = { name: 'みつばち雑貨店', corporateNumber: '7000012050002', address: '朝霞市本町2丁目', industry: '小売業', employeeCount: 3 };

  it('lets a member read their organization, and gives another business 404 for it', async () => {
    const owner = await signedIn('owner@shop.example.jp');
    const created = await owner.browser.post('/api/organizations', { ...shop, corporateNumber: '７０００－０１２０－５０００２' });
    expect(created.statusCode).toBe(201);
    const organization = created.json<{ id: string; corporateNumber: string; myRole: string; members: unknown[] }>();
    expect(organization).toMatchObject({ corporateNumber: '7000012050002', myRole: 'owner' });
    expect((await owner.browser.get('/api/me')).json()).toMatchObject({ organizations: [{ id: organization.id, role: 'owner' }] });

    const rival = await signedIn('rival@other.example.jp');
    const peek = await rival.browser.get(`/api/organizations/${organization.id}`);
    expect(peek.statusCode).toBe(404);
    expect((await rival.browser.get('/api/organizations/not-a-uuid')).statusCode).toBe(400);
    const duplicate = await rival.browser.post('/api/organizations', shop);
    expect(duplicate.json()).toMatchObject({ code: 'CORPORATE_NUMBER_TAKEN' });
    const badNumber = await rival.browser.post('/api/organizations', { ...shop, corporateNumber: '8000012050002' });
    expect(badNumber.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('records a staff read of another person\'s data in the audit log', async () => {
    const owner = await signedIn('audited@shop.example.jp');
    const { id } = (await owner.browser.post('/api/organizations', { ...shop, corporateNumber: undefined, name: '朝霞台ベーカリー' })).json<{ id: string }>();
    const staff = await signedIn('clerk@city.example.jp', ['staff']);
    expect((await staff.browser.get(`/api/organizations/${id}`)).statusCode).toBe(200);

    const log = (await staff.browser.get(`/api/admin/audit-log?targetType=organization&targetId=${id}`)).json<{ items: { action: string; actorUserId: string; at: string }[] }>();
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ action: 'personal-data.read', actorUserId: staff.id });
    expect(log.items[0]?.at).toMatch(/\+09:00$/);
  });

  it('lets only admins change roles, logs old and new values, and keeps secrets out of the log', async () => {
    const person = await signedIn('promoted@example.jp', ['jobseeker']);
    const staff = await signedIn('not-admin@city.example.jp', ['staff']);
    const admin = await signedIn('admin@city.example.jp', ['admin']);

    expect((await staff.browser.request('PUT', `/api/admin/users/${person.id}/roles`, { roles: ['adviser'] })).statusCode).toBe(403);
    expect((await person.browser.get('/api/admin/users')).statusCode).toBe(403);
    const changed = await admin.browser.request('PUT', `/api/admin/users/${person.id}/roles`, { roles: ['jobseeker', 'adviser'] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ roles: ['adviser', 'jobseeker'] });

    const log = (await admin.browser.get(`/api/admin/audit-log?action=user.roles.set&targetId=${person.id}`)).json<{ items: { oldValue: unknown; newValue: unknown }[] }>();
    expect(log.items[0]).toMatchObject({ oldValue: { roles: ['jobseeker'] }, newValue: { roles: ['adviser', 'jobseeker'] } });

    const everything = JSON.stringify(await sql.query(`SELECT * FROM audit_event`));
    for (const secret of [person.password, 'argon2', 'asaka_session', 'csrf']) expect(everything).not.toContain(secret);
  });

  it('takes staff rights away at once when an admin removes them', async () => {
    const staff = await signedIn('leaving-staff@city.example.jp', ['staff']);
    const admin = await signedIn('admin2@city.example.jp', ['admin']);
    expect((await staff.browser.get('/api/admin/users')).statusCode).toBe(200);
    await admin.browser.request('PUT', `/api/admin/users/${staff.id}/roles`, { roles: [] });
    expect((await staff.browser.get('/api/admin/users')).statusCode).toBe(401);
  });

  it('exports a row from every table that references the person, and nothing secret', async () => {
    const person = await signedIn('exporter@example.jp', ['entrepreneur']);
    const { id: organizationId } = (await person.browser.post('/api/organizations', { ...shop, corporateNumber: undefined, name: '輸出テスト商店' })).json<{ id: string }>();
    await person.browser.post(`/api/organizations/${organizationId}/invitations`, { email: 'partner@example.jp' });
    await person.browser.post('/api/auth/password-reset', { email: person.email });
    await person.browser.request('PUT', '/api/me/notification-preferences', { topics: [{ topic: 'portal-news', enabled: false }] });
    await person.browser.post('/api/saved-searches', { kind: 'vacant-store', name: '朝霞台 飲食', criteria: { station: '朝霞台', use: '飲食' } });
    await person.browser.request('PUT', '/api/vacant-stores/seeker-profile', { needs: { stations: ['朝霞台'] }, plannedBusiness: 'カフェ' });
    const admin = await signedIn('admin3@city.example.jp', ['admin']);
    await admin.browser.request('PUT', `/api/admin/users/${person.id}/roles`, { roles: ['entrepreneur', 'jobseeker', 'adviser'] });
    // An inquiry about someone else's published store (store_inquiry, store_inquiry_message).
    const landlord = await signedIn('landlord-export@example.jp');
    const landlordOrganization = (await landlord.browser.post('/api/organizations', { ...shop, corporateNumber: undefined, name: '輸出テスト不動産' })).json<{ id: string }>().id;
    const store = (await landlord.browser.post('/api/vacant-stores', {
      organizationId: landlordOrganization, title: '輸出テスト店舗', district: '本町二丁目', streetAddress: '1-1', station: '朝霞', walkMinutes: 5,
      floorAreaSquareMetres: 30, floor: '1F', monthlyRentYen: 100_000, contractType: '普通借家', allowedUses: ['物販'],
      declarations: { noOrganizedCrimeTies: true, noCityTaxArrears: true },
    })).json<{ id: string }>();
    await landlord.browser.post(`/api/vacant-stores/${store.id}/submit`);
    expect((await admin.browser.post(`/api/vacant-stores/${store.id}/publish`)).statusCode).toBe(200);
    expect((await person.browser.post(`/api/vacant-stores/${store.id}/inquiries`, { plannedBusiness: '雑貨店', message: 'はじめまして。' })).statusCode).toBe(201);
    // A consultation booked with an adviser (consultation_booking); the person also advises (adviser).
    const adviser = await stack.signIn('adviser-export@example.jp', ['adviser']);
    const profile = { organizationName: '朝霞市商工会', areas: ['finance'], topics: ['financing'], places: ['chamber-of-commerce'] };
    await adviser.browser.request('PUT', '/api/advisers/me', profile);
    const allDay = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));
    const { id: adviserId } = (await adviser.browser.request('PUT', '/api/advisers/me/availability', { weeklyRules: allDay, exceptions: [] })).json<{ id: string }>();
    const day = (n: number) => new Date(Date.now() + 9 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
    const [slot] = (await person.browser.get(`/api/consultation-slots?adviserId=${adviserId}&from=${day(3)}&to=${day(20)}`)).json<{ items: { startsAt: string }[] }>().items;
    const booking = { adviserId, startsAt: slot?.startsAt, topic: 'financing', place: 'chamber-of-commerce', answers: { stage: 'idea', businessIdea: 'パン屋' } };
    expect((await person.browser.post('/api/consultation-bookings', booking)).statusCode).toBe(201);
    expect((await person.browser.request('PUT', '/api/advisers/me', profile)).statusCode).toBe(200);
    // A seminar registration (event_registration).
    const seminarStart = Date.now() + 10 * 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString();
    const { id: seminarId } = (await admin.browser.post('/api/events', {
      kind: 'seminar', title: '輸出テスト 創業塾', startsAt: iso(seminarStart), endsAt: iso(seminarStart + 7_200_000), place: { kind: 'venue', name: '研修室1', address: '朝霞市浜崎1-2-10' },
      capacity: 10, registrationOpensAt: iso(Date.now() - 3_600_000), registrationClosesAt: iso(seminarStart - 86_400_000), areas: ['finance'],
    })).json<{ id: string }>();
    expect((await admin.browser.post(`/api/events/${seminarId}/publish`)).statusCode).toBe(200);
    expect((await person.browser.post(`/api/events/${seminarId}/registrations`)).statusCode).toBe(201);
    // A founding report (founding_report).
    const founded = { foundedOn: day(0), businessName: '輸出テスト商店', businessType: 'sole-proprietorship', industry: '小売業', inAsaka: true, address: '朝霞市本町二丁目' };
    expect((await person.browser.post('/api/founding-reports', founded)).statusCode).toBe(201);

    const referencing = (await sql.query(
      `SELECT DISTINCT conrelid::regclass::text AS name FROM pg_constraint WHERE contype = 'f' AND confrelid = 'user_account'::regclass
       UNION SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name LIKE '%user_id'
       UNION SELECT 'user_account'`,
    )) as { name: string }[];
    const tables = referencing.map((r) => r.name).filter((name) => name !== 'notification_attempt');
    expect(tables.filter((t) => !EXPORT_SECTIONS[t])).toEqual([]);

    const exported = await person.browser.get('/api/me/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['cache-control']).toBe('no-store');
    const data = exported.json<Record<string, unknown>>();
    for (const table of tables) {
      const section = data[EXPORT_SECTIONS[table]?.key ?? ''];
      const rows = Array.isArray(section) ? section.length : section ? 1 : 0;
      expect({ table, hasRows: rows > 0 }).toEqual({ table, hasRows: true });
    }
    expect(exported.body).not.toMatch(/argon2|token_hash|totp_secret|password_hash/);
  });

  it('deletes my account: personal data gone, sessions ended, every pending mail cancelled and my address gone from the log', async () => {
    const person = await signedIn('leaving@example.jp', ['jobseeker']);
    await sql.query(
      `INSERT INTO notification (recipient_email, recipient_user_id, template, locale, data, category, send_at)
       VALUES ($1, $2, 'notice', 'ja', '{}', 'optional', now() + interval '1 day'), ($1, $2, 'notice', 'ja', '{}', 'critical', now() + interval '1 day')`,
      [person.email, person.id],
    );
    await person.browser.post('/api/saved-searches', { kind: 'vacant-store', name: '退会前の条件', criteria: {} });
    await person.browser.request('PUT', '/api/vacant-stores/seeker-profile', { needs: { uses: ['物販'] }, discoverable: true });
    const stolenCookie = person.browser.cookieHeader();
    expect((await person.browser.request('DELETE', '/api/me')).statusCode).toBe(204);

    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: stolenCookie } })).statusCode).toBe(401);
    expect((await new HttpSession(app).post('/api/auth/login', { email: person.email, password: person.password })).statusCode).toBe(401);
    const [account] = (await sql.query(`SELECT email, display_name, password_hash, status FROM user_account WHERE id = $1`, [person.id])) as Record<string, unknown>[];
    expect(account).toMatchObject({ status: 'deleted', password_hash: null });
    expect(JSON.stringify(account)).not.toContain('leaving@example.jp');
    // Saved searches and the seeker profile go with the account: no more alerts, no longer shown to owners.
    expect(await sql.query(`SELECT 1 FROM saved_search WHERE user_id = $1 UNION ALL SELECT 1 FROM store_seeker_profile WHERE user_id = $1`, [person.id])).toEqual([]);
    const mails = (await sql.query(`SELECT category, status, recipient_email FROM notification WHERE recipient_user_id = $1 ORDER BY category`, [person.id])) as {
      category: string;
      status: string;
      recipient_email: string;
    }[];
    expect(mails.map(({ category, status }) => ({ category, status }))).toEqual([
      { category: 'critical', status: 'cancelled' },
      { category: 'optional', status: 'cancelled' },
    ]);
    expect(mails.every((mail) => !mail.recipient_email.includes('leaving@example.jp'))).toBe(true);
  });
});
