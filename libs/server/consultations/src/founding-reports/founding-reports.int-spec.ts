import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ConsultationStats, FoundingReport, FoundingReportPage } from '@asaka/contracts';
import { fiscalYearOf, japanDateKey } from '@asaka/domain';
import { ApiStack, HttpSession, startApiStack } from '@asaka/testing';
import { AppModule } from '../../../../../apps/api/src/app.module';
import { ConsultationKpi } from '../records/consultation-kpi';

// Founding reports through the real API: the entrepreneur reports the business founded, staff
// confirm or turn it down, and confirmed ones count for 市の支援を受けて起業した件数.

const DAY = 86_400_000;
const today = () => japanDateKey(new Date());
const REPORT = {
  foundedOn: today(),
  businessName: 'ひざおり惣菜店',
  businessType: 'sole-proprietorship',
  industry: '飲食料品小売業（惣菜）',
  inAsaka: true,
  address: '朝霞市膝折町一丁目',
};

describe('founding reports', () => {
  let stack: ApiStack;
  let app: NestFastifyApplication;
  let staff: Awaited<ReturnType<ApiStack['signIn']>>;
  let counter = 0;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config));
    app = stack.app;
    staff = await stack.signIn('founding-staff@city.example.jp', ['staff']);
  });

  afterAll(() => stack?.close());

  async function person() {
    counter += 1;
    return stack.signIn(`founder-${counter}@example.jp`, ['entrepreneur']);
  }

  const submit = (browser: HttpSession, body: Record<string, unknown> = {}) => browser.post('/api/founding-reports', { ...REPORT, ...body });
  const mails = (reportId: string) =>
    stack.sql.query(`SELECT recipient_email, template, category, data FROM notification WHERE template = 'founding-report-decided' AND data->>'url' LIKE $1`, [`%${reportId}`]) as Promise<
      { recipient_email: string; category: string; data: { decision: string; reason: string | null } }[]
    >;

  it('counts a report once staff confirm it, in the fiscal year of the founding date, and mails the person', async () => {
    const kpi = app.get(ConsultationKpi);
    const fiscalYear = fiscalYearOf(new Date());
    // The last 31 March: founded in the previous fiscal year, though confirmed in this one.
    const lastMarch = `${fiscalYear}-03-31`;
    const before = { previous: await kpi.confirmedFoundings(fiscalYear - 1), current: await kpi.confirmedFoundings(fiscalYear) };

    const { browser, id: userId, email } = await person();
    const submitted = await submit(browser, { foundedOn: lastMarch, businessName: '  ｱｻｶ ベーカリー ' });
    expect(submitted.statusCode).toBe(201);
    const report = submitted.json<FoundingReport>();
    expect(report).toMatchObject({ userId, status: 'submitted', foundedOn: lastMarch, fiscalYear: fiscalYear - 1, businessName: 'アサカ ベーカリー', vacantStore: null, actions: ['edit'] });
    expect((await browser.get('/api/me/founding-reports')).json<FoundingReportPage>().items.map((r) => r.id)).toEqual([report.id]);

    const waiting = (await staff.browser.get('/api/founding-reports?status=submitted')).json<FoundingReportPage>();
    expect(waiting.items.find((r) => r.id === report.id)).toMatchObject({ actions: ['confirm', 'reject'] });
    expect(await kpi.confirmedFoundings(fiscalYear - 1)).toBe(before.previous);

    const confirmed = await staff.browser.post(`/api/founding-reports/${report.id}/confirm`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json<FoundingReport>()).toMatchObject({ status: 'confirmed', actions: [] });
    expect(await kpi.confirmedFoundings(fiscalYear - 1)).toBe(before.previous + 1);
    expect(await kpi.confirmedFoundings(fiscalYear)).toBe(before.current);
    expect((await staff.browser.get(`/api/consultations/stats?fiscalYear=${fiscalYear - 1}`)).json<ConsultationStats>()).toMatchObject({
      confirmedFoundings: before.previous + 1,
    });

    expect(await mails(report.id)).toEqual([expect.objectContaining({ recipient_email: email, category: 'critical', data: expect.objectContaining({ decision: 'confirmed' }) })]);
    const log = (await staff.browser.get(`/api/admin/audit-log?action=founding-report.confirmed&targetId=${report.id}`)).json<{ items: unknown[] }>();
    expect(log.items).toEqual([expect.objectContaining({ actorUserId: staff.id, newValue: expect.objectContaining({ fiscalYear: fiscalYear - 1 }) })]);

    // Counted once: no second confirmation, and no more corrections.
    expect((await staff.browser.post(`/api/founding-reports/${report.id}/confirm`)).json()).toMatchObject({ statusCode: 409, code: 'INVALID_TRANSITION' });
    expect((await browser.request('PATCH', `/api/founding-reports/${report.id}`, { industry: '製造業' })).json()).toMatchObject({ statusCode: 409, code: 'INVALID_TRANSITION' });
  });

  it('lets the person correct a rejected report, which submits it again, and staff then confirm it', async () => {
    const { browser } = await person();
    const report = (await submit(browser)).json<FoundingReport>();
    expect((await staff.browser.post(`/api/founding-reports/${report.id}/reject`, {})).json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const rejected = await staff.browser.post(`/api/founding-reports/${report.id}/reject`, { reason: '開業届の控えの日付と違っています。' });
    expect(rejected.json<FoundingReport>()).toMatchObject({ status: 'rejected', rejectionReason: '開業届の控えの日付と違っています。' });
    expect((await staff.browser.post(`/api/founding-reports/${report.id}/confirm`)).json()).toMatchObject({ statusCode: 409, code: 'INVALID_TRANSITION' });
    expect(await mails(report.id)).toEqual([expect.objectContaining({ data: expect.objectContaining({ decision: 'rejected', reason: '開業届の控えの日付と違っています。' }) })]);

    const mine = (await browser.get(`/api/founding-reports/${report.id}`)).json<FoundingReport>();
    expect(mine).toMatchObject({ status: 'rejected', rejectionReason: '開業届の控えの日付と違っています。', actions: ['edit'] });
    const yesterday = japanDateKey(new Date(Date.now() - DAY));
    const corrected = await browser.request('PATCH', `/api/founding-reports/${report.id}`, { foundedOn: yesterday });
    expect(corrected.json<FoundingReport>()).toMatchObject({ status: 'submitted', foundedOn: yesterday, businessName: REPORT.businessName, rejectionReason: null, rejectedAt: null });
    expect((await staff.browser.post(`/api/founding-reports/${report.id}/confirm`)).json()).toMatchObject({ status: 'confirmed' });
    // With the first one decided, the person may report another business.
    expect((await submit(browser, { businessName: '二号店' })).statusCode).toBe(201);
  });

  it('takes one report at a time per person while it waits, and checks the founding date', async () => {
    const { browser } = await person();
    expect((await submit(browser)).statusCode).toBe(201);
    expect((await submit(browser, { businessName: '二重送信' })).json()).toMatchObject({ statusCode: 409, code: 'FOUNDING_REPORT_PENDING' });

    const other = (await person()).browser;
    const tomorrow = japanDateKey(new Date(Date.now() + DAY));
    const future = await submit(other, { foundedOn: tomorrow });
    expect(future.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', details: [expect.objectContaining({ path: 'foundedOn' })] });
    const longAgo = `${Number(today().slice(0, 4)) - 6}${today().slice(4)}`;
    expect((await submit(other, { foundedOn: longAgo })).json()).toMatchObject({ statusCode: 400, details: [expect.objectContaining({ path: 'foundedOn' })] });
    expect((await submit(other, { businessType: 'partnership' })).json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('accepts a vacant store of the vacant-store bank only when the person inquired about it', async () => {
    const owner = await stack.signIn('founding-landlord@example.jp');
    const organizationId = (await owner.browser.post('/api/organizations', { name: '朝霞台不動産', address: '朝霞市東弁財一丁目', industry: '不動産業', employeeCount: 4 })).json<{ id: string }>().id;
    const store = async (title: string) => {
      const { id } = (await owner.browser.post('/api/vacant-stores', {
        organizationId, title, district: '東弁財一丁目', streetAddress: '1-1', station: '朝霞台', walkMinutes: 3,
        floorAreaSquareMetres: 40, floor: '1F', monthlyRentYen: 120_000, contractType: '普通借家', allowedUses: ['飲食'],
        declarations: { noOrganizedCrimeTies: true, noCityTaxArrears: true },
      })).json<{ id: string }>();
      await owner.browser.post(`/api/vacant-stores/${id}/submit`);
      expect((await staff.browser.post(`/api/vacant-stores/${id}/publish`)).statusCode).toBe(200);
      return id;
    };
    const asked = await store('朝霞台駅前 路面店');
    const unasked = await store('北朝霞 二階店舗');
    const { browser } = await person();
    expect((await browser.post(`/api/vacant-stores/${asked}/inquiries`, { plannedBusiness: '惣菜店', message: '内見できますか。' })).statusCode).toBe(201);

    expect((await submit(browser, { vacantStoreId: unasked })).json()).toMatchObject({ statusCode: 400, details: [expect.objectContaining({ path: 'vacantStoreId' })] });
    expect((await submit(browser, { vacantStoreId: '00000000-0000-4000-8000-000000000000' })).json()).toMatchObject({ statusCode: 400 });
    const submitted = await submit(browser, { vacantStoreId: asked });
    expect(submitted.json<FoundingReport>()).toMatchObject({ vacantStore: { id: asked, title: '朝霞台駅前 路面店' } });
    const id = submitted.json<FoundingReport>().id;
    expect((await browser.request('PATCH', `/api/founding-reports/${id}`, { vacantStoreId: null })).json()).toMatchObject({ vacantStore: null });
  });

  it('shows a report to its person and staff (audited) only: anyone else gets 404, staff may not edit it', async () => {
    const { browser, id: userId } = await person();
    const { id } = (await submit(browser)).json<FoundingReport>();
    const other = (await person()).browser;
    expect((await other.get(`/api/founding-reports/${id}`)).statusCode).toBe(404);
    expect((await other.request('PATCH', `/api/founding-reports/${id}`, { industry: '製造業' })).statusCode).toBe(404);
    expect((await other.get('/api/me/founding-reports')).json<FoundingReportPage>().items).toEqual([]);
    expect((await other.get('/api/founding-reports')).statusCode).toBe(403);
    expect((await other.post(`/api/founding-reports/${id}/confirm`)).statusCode).toBe(403);
    expect((await new HttpSession(app).get(`/api/founding-reports/${id}`)).statusCode).toBe(401);

    expect((await staff.browser.request('PATCH', `/api/founding-reports/${id}`, { industry: '製造業' })).statusCode).toBe(403);
    expect((await staff.browser.get(`/api/founding-reports/${id}`)).json()).toMatchObject({ userId, status: 'submitted' });
    const reads = (await staff.browser.get(`/api/admin/audit-log?action=personal-data.read&targetType=founding-report&targetId=${id}`)).json<{ items: unknown[] }>();
    expect(reads.items).toEqual([expect.objectContaining({ actorUserId: staff.id })]);
  });
});
