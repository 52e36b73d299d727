import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { CreateVacantStore, VacantStore, VacantStorePage } from '@asaka/contracts';
import { ApiStack, HttpSession, startApiStack } from '@asaka/testing';
import { vacantStoreSearchSchema } from '@asaka/contracts';
import { PasswordHasher, seedDemoAccounts, seedDemoOrganization } from '@asaka/accounts';
import { seedDemoVacantStores, vacantStoreSearchStatement } from '@asaka/vacant-stores';
import { AppModule } from './app.module';

type Listing = Omit<CreateVacantStore, 'organizationId'>;

const declared = { noOrganizedCrimeTies: true, noCityTaxArrears: true };

const cafe: Listing = {
  title: '朝霞台駅前 ｶﾌｪ向き路面店 １Ｆ',
  district: '東弁財一丁目',
  streetAddress: '4-2 朝霞台スクエア',
  station: '朝霞台',
  walkMinutes: 2,
  floorAreaSquareMetres: 33.06,
  floor: '１Ｆ',
  monthlyRentYen: 180_000,
  commonChargesYen: 12_000,
  depositYen: 1_080_000,
  keyMoneyYen: 180_000,
  contractType: '普通借家',
  previousUse: '飲食店',
  fixturesRemain: true,
  allowedUses: ['飲食', '物販'],
  restrictions: '重飲食不可',
  availableFrom: '2026-06-01',
  description: '駅前の明るい路面店。カウンターと厨房設備が残る居抜き物件です。',
  declarations: declared,
};

describe('vacant stores: listing, review and public search', () => {
  let stack: ApiStack;
  let app: NestFastifyApplication;
  let owner: HttpSession;
  let staff: HttpSession;
  let outsider: HttpSession;
  let organizationId: string;
  let counter = 0;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config));
    app = stack.app;
    owner = (await stack.signIn('store-owner@example.jp')).browser;
    staff = (await stack.signIn('reviewer@city.example.jp', ['staff'])).browser;
    outsider = (await stack.signIn('other-shop@example.jp')).browser;
    organizationId = (await owner.post('/api/organizations', { name: '朝霞台不動産', address: '朝霞市東弁財一丁目', industry: '不動産業', employeeCount: 2 })).json<{ id: string }>().id;
    await outsider.post('/api/organizations', { name: '隣の雑貨店', address: '朝霞市本町', industry: '小売業', employeeCount: 1 });
  });

  afterAll(() => stack?.close());

  const anonymous = () => new HttpSession(app);

  async function draft(listing: Partial<Listing> = {}): Promise<VacantStore> {
    counter += 1;
    const response = await owner.post('/api/vacant-stores', { ...cafe, title: `${cafe.title} ${counter}`, ...listing, organizationId });
    expect(response.statusCode).toBe(201);
    return response.json<VacantStore>();
  }

  async function published(listing: Partial<Listing> = {}): Promise<VacantStore> {
    const store = await draft(listing);
    expect((await owner.post(`/api/vacant-stores/${store.id}/submit`)).statusCode).toBe(200);
    const response = await staff.post(`/api/vacant-stores/${store.id}/publish`);
    expect(response.statusCode).toBe(200);
    return response.json<VacantStore>();
  }

  const search = async (query: string) => {
    const response = await anonymous().get(`/api/vacant-stores?${query}`);
    expect(response.statusCode).toBe(200);
    return response.json<VacantStorePage>();
  };

  it('goes from the owner’s draft through review to the public, found by a two-character word and by half-width katakana', async () => {
    const store = await draft({ title: '北朝霞 駅前の元そば店', station: '北朝霞', description: 'ｿﾊﾞ店の居抜き。飲食可。', declarations: { noOrganizedCrimeTies: false, noCityTaxArrears: false } });
    expect(store).toMatchObject({ status: 'draft', actions: ['submit', 'withdraw'], floorAreaTsubo: 10, monthlyTotalYen: 192_000, floor: '1F', registeredOnBehalf: false });
    expect(store.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    // Text is stored NFKC-folded.
    expect(store.description).toBe('ソバ店の居抜き。飲食可。');

    expect((await anonymous().get(`/api/vacant-stores/${store.id}`)).statusCode).toBe(404);
    const undeclared = await owner.post(`/api/vacant-stores/${store.id}/submit`);
    expect(undeclared.statusCode).toBe(409);
    expect(undeclared.json()).toMatchObject({ code: 'DECLARATIONS_REQUIRED' });

    expect((await owner.request('PATCH', `/api/vacant-stores/${store.id}`, { declarations: declared })).json()).toMatchObject({ declarations: declared });
    const submitted = await owner.post(`/api/vacant-stores/${store.id}/submit`);
    expect(submitted.json()).toMatchObject({ status: 'submitted', actions: ['withdraw'], submittedAt: expect.stringMatching(/\+09:00$/) });
    expect((await staff.get('/api/vacant-stores/review-queue')).json<VacantStorePage>().items.map((s) => s.id)).toContain(store.id);

    const publishedStore = (await staff.post(`/api/vacant-stores/${store.id}/publish`)).json<VacantStore>();
    expect(publishedStore).toMatchObject({ status: 'published', publishedAt: expect.stringMatching(/\+09:00$/) });
    expect(Number(publishedStore.expiresAt?.slice(0, 4))).toBe(Number(publishedStore.publishedAt?.slice(0, 4)) + 3);

    const visitor = anonymous();
    expect((await visitor.get(`/api/vacant-stores/${store.id}`)).json()).toMatchObject({ id: store.id, actions: [] });
    for (const q of ['飲食', '駅前', 'ｿﾊﾞ', 'そば', 'ソバ店']) {
      expect({ q, ids: (await search(`q=${encodeURIComponent(q)}`)).items.map((s) => s.id) }).toEqual({ q, ids: expect.arrayContaining([store.id]) });
    }
    expect((await search(`q=${encodeURIComponent('駅前　そば')}`)).items.map((s) => s.id)).toContain(store.id);
    // The characters of a word in another order are another word.
    expect((await search(`q=${encodeURIComponent('前駅')}`)).items.map((s) => s.id)).not.toContain(store.id);

    const log = (await staff.get(`/api/admin/audit-log?targetId=${store.id}&action=vacant-store.publish`)).json<{ items: { oldValue: unknown; newValue: unknown }[] }>();
    expect(log.items[0]).toMatchObject({ oldValue: { status: 'submitted' }, newValue: { status: 'published' } });
  });

  it('matches full-width and half-width forms both ways (ｶﾌｪ = カフェ, １Ｆ = 1F)', async () => {
    const store = await published();
    for (const q of ['カフェ', 'ｶﾌｪ', '1F', '１ｆ', '店']) {
      expect({ q, ids: (await search(`q=${encodeURIComponent(q)}`)).items.map((s) => s.id) }).toEqual({ q, ids: expect.arrayContaining([store.id]) });
    }
    expect((await search(`q=${encodeURIComponent('100%')}`)).items.map((s) => s.id)).not.toContain(store.id);
  });

  it('refuses a move the review flow does not allow with 409 INVALID_TRANSITION, and moves by the wrong side with 403', async () => {
    const store = await draft();
    const early = await staff.post(`/api/vacant-stores/${store.id}/publish`);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await owner.post(`/api/vacant-stores/${store.id}/publish`)).statusCode).toBe(403);
    expect((await staff.post(`/api/vacant-stores/${store.id}/submit`)).statusCode).toBe(403);

    const withdrawn = await owner.post(`/api/vacant-stores/${store.id}/withdraw`);
    // A withdrawn listing can only be taken up again as a draft.
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', actions: ['reopen'] });
    expect((await owner.post(`/api/vacant-stores/${store.id}/withdraw`)).json()).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await owner.post(`/api/vacant-stores/${store.id}/submit`)).json()).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('keeps another organization’s draft hidden: no read, no edit, no submit', async () => {
    const store = await draft();
    expect((await outsider.get(`/api/vacant-stores/${store.id}`)).statusCode).toBe(404);
    expect((await outsider.request('PATCH', `/api/vacant-stores/${store.id}`, { title: '乗っ取り' })).statusCode).toBe(404);
    expect((await outsider.post(`/api/vacant-stores/${store.id}/submit`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/vacant-stores/${store.id}/withdraw`)).statusCode).toBe(404);
    expect((await outsider.get('/api/vacant-stores/mine')).json<VacantStorePage>().items.map((s) => s.id)).not.toContain(store.id);
    expect((await outsider.post('/api/vacant-stores', { ...cafe, organizationId })).statusCode).toBe(404);
    expect((await owner.get(`/api/vacant-stores/${store.id}`)).json()).toMatchObject({ title: store.title });

    // Staff may read it (the read is audited), but editing is the owner's.
    expect((await staff.get(`/api/vacant-stores/${store.id}`)).statusCode).toBe(200);
    expect((await staff.request('PATCH', `/api/vacant-stores/${store.id}`, { title: 'x' })).statusCode).toBe(403);
    const reads = (await staff.get(`/api/admin/audit-log?targetId=${store.id}&action=personal-data.read`)).json<{ total: number }>();
    expect(reads.total).toBe(1);
  });

  it('lets staff reject with a reason the owner sees; the corrected listing goes back for review', async () => {
    const store = await draft();
    await owner.post(`/api/vacant-stores/${store.id}/submit`);
    expect((await staff.post(`/api/vacant-stores/${store.id}/reject`, {})).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const rejected = await staff.post(`/api/vacant-stores/${store.id}/reject`, { reason: '共益費の内訳を記載してください。' });
    expect(rejected.json()).toMatchObject({ status: 'rejected' });

    const seen = (await owner.get(`/api/vacant-stores/${store.id}`)).json<VacantStore>();
    expect(seen).toMatchObject({ status: 'rejected', rejectionReason: '共益費の内訳を記載してください。', actions: ['submit', 'withdraw'] });
    expect((await owner.get('/api/vacant-stores/mine')).json<VacantStorePage>().items.find((s) => s.id === store.id)).toMatchObject({ rejectionReason: '共益費の内訳を記載してください。' });

    expect((await owner.request('PATCH', `/api/vacant-stores/${store.id}`, { description: '共益費 12,000円（清掃・共用灯）' })).statusCode).toBe(200);
    expect((await owner.post(`/api/vacant-stores/${store.id}/submit`)).json()).toMatchObject({ status: 'submitted', rejectionReason: null });
    const log = (await staff.get(`/api/admin/audit-log?targetId=${store.id}&action=vacant-store.reject`)).json<{ items: { newValue: unknown }[] }>();
    expect(log.items[0]?.newValue).toEqual({ status: 'rejected', reason: '共益費の内訳を記載してください。' });
  });

  it('freezes a listing once it is under review or published', async () => {
    const store = await published();
    const refused = await owner.request('PATCH', `/api/vacant-stores/${store.id}`, { monthlyRentYen: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'NOT_EDITABLE' });
    expect((await anonymous().get(`/api/vacant-stores/${store.id}`)).json()).toMatchObject({ monthlyRentYen: 180_000 });
  });

  it('filters by station, area, rent including common charges and use, and sorts by newest, rent and area', async () => {
    const tag = 'フィルタ検証';
    const small = await published({ title: `${tag} 小`, station: '志木', floorAreaSquareMetres: 20, monthlyRentYen: 80_000, commonChargesYen: 5_000, allowedUses: ['物販'] });
    const middle = await published({ title: `${tag} 中`, station: '志木', floorAreaSquareMetres: 45.5, monthlyRentYen: 100_000, commonChargesYen: 20_000, allowedUses: ['飲食', '教室'] });
    const large = await published({ title: `${tag} 大`, station: '新座', floorAreaSquareMetres: 90, monthlyRentYen: 110_000, commonChargesYen: 0, allowedUses: ['事務所'] });
    const ids = async (query: string) => (await search(`q=${encodeURIComponent(tag)}&${query}`)).items.map((s) => s.id);

    expect(await ids(`station=${encodeURIComponent('志木')}`)).toEqual([middle.id, small.id]);
    expect(await ids('minArea=30&maxArea=60')).toEqual([middle.id]);
    // 100,000 + 20,000 is over 115,000; 110,000 + 0 is not.
    expect(await ids('maxRent=115000&sort=rent')).toEqual([small.id, large.id]);
    expect(await ids(`use=${encodeURIComponent('飲食')}`)).toEqual([middle.id]);
    expect(await ids('sort=area')).toEqual([large.id, middle.id, small.id]);
    expect(await ids('sort=newest')).toEqual([large.id, middle.id, small.id]);
    expect(await ids('sort=rent')).toEqual([small.id, large.id, middle.id]);

    const page = await search(`q=${encodeURIComponent(tag)}&pageSize=2&page=2&sort=area`);
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [{ id: small.id }] });
    expect((await anonymous().get('/api/vacant-stores?minArea=50&maxArea=10')).statusCode).toBe(400);
  });

  it('finds stores within a distance of a point, nearest first, with the distance shown; stores without a position are left out', async () => {
    const tag = '距離検証';
    // 朝霞駅 is at 35.7975, 139.5873; 0.001° of latitude is about 111 m.
    const near = await published({ title: `${tag} 駅前`, latitude: 35.798, longitude: 139.5875 });
    const further = await published({ title: `${tag} 800m`, latitude: 35.8047, longitude: 139.5873 });
    const far = await published({ title: `${tag} 朝霞台`, latitude: 35.8139, longitude: 139.5875 });
    await published({ title: `${tag} 位置なし` });
    const page = await search(`q=${encodeURIComponent(tag)}&near=35.7975,139.5873,1&sort=distance`);
    expect(page.items.map((s) => s.id)).toEqual([near.id, further.id]);
    expect(page.items[0]?.distanceKm).toBeCloseTo(0.06, 1);
    expect(page.items[1]?.distanceKm).toBeCloseTo(0.8, 1);
    expect((await search(`q=${encodeURIComponent(tag)}&near=35.7975,139.5873,2.5&sort=distance`)).items.map((s) => s.id)).toEqual([near.id, further.id, far.id]);
    expect((await search(`q=${encodeURIComponent(tag)}`)).items.every((s) => s.distanceKm === null)).toBe(true);

    const noPoint = await anonymous().get('/api/vacant-stores?sort=distance');
    expect(noPoint.statusCode).toBe(400);
    expect(noPoint.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'sort' }] });
    expect((await anonymous().get('/api/vacant-stores?near=35.79,139.58')).statusCode).toBe(400);
    expect((await anonymous().get('/api/vacant-stores?near=35.79,139.58,50')).statusCode).toBe(400);
  });

  it('takes the 町名 from the city’s list and a map position inside Asaka, both coordinates or neither', async () => {
    const district = await owner.post('/api/vacant-stores', { ...cafe, organizationId, district: '新宿三丁目' });
    expect(district.statusCode).toBe(400);
    expect(district.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'district' }] });
    expect((await owner.post('/api/vacant-stores', { ...cafe, organizationId, district: '本町四丁目' })).statusCode).toBe(400);
    // Swapped coordinates (lng, lat) are not in Asaka.
    expect((await owner.post('/api/vacant-stores', { ...cafe, organizationId, latitude: 139.59, longitude: 35.79 })).statusCode).toBe(400);
    expect((await owner.post('/api/vacant-stores', { ...cafe, organizationId, latitude: 35.79 })).statusCode).toBe(400);
    const store = await draft({ latitude: 35.8139, longitude: 139.5875 });
    expect(store).toMatchObject({ district: '東弁財一丁目', latitude: 35.8139, longitude: 139.5875 });
    expect((await owner.request('PATCH', `/api/vacant-stores/${store.id}`, { latitude: 35.8 })).statusCode).toBe(400);
    const moved = await owner.request('PATCH', `/api/vacant-stores/${store.id}`, { latitude: 35.8, longitude: 139.59 });
    expect(moved.json()).toMatchObject({ latitude: 35.8, longitude: 139.59 });
    expect((await owner.request('PATCH', `/api/vacant-stores/${store.id}`, { latitude: null, longitude: null })).json()).toMatchObject({ latitude: null, longitude: null });
  });

  it('never answers the public search from a stale page: a change by any instance (here plain SQL) shows at once', async () => {
    const tag = 'キャッシュ検証';
    const first = await published({ title: `${tag} 一号店` });
    expect((await search(`q=${encodeURIComponent(tag)}`)).items.map((s) => s.id)).toEqual([first.id]);
    expect((await search(`q=${encodeURIComponent(tag)}`)).total).toBe(1);
    const second = await published({ title: `${tag} 二号店` });
    expect((await search(`q=${encodeURIComponent(tag)}`)).items.map((s) => s.id)).toEqual([second.id, first.id]);
    // Another API instance (or staff tooling) changing rows directly: the next search sees it.
    await stack.sql.query(`UPDATE vacant_store SET monthly_rent_yen = 99000 WHERE id = $1`, [first.id]);
    expect((await search(`q=${encodeURIComponent(tag)}`)).items.find((s) => s.id === first.id)?.monthlyRentYen).toBe(99_000);
    await stack.sql.query(`UPDATE organization SET name = '朝霞台不動産（新）' WHERE id = $1`, [organizationId]);
    expect((await search(`q=${encodeURIComponent(tag)}`)).items[0]?.organizationName).toBe('朝霞台不動産（新）');
    await stack.sql.query(`UPDATE organization SET name = '朝霞台不動産' WHERE id = $1`, [organizationId]);
    expect((await owner.post(`/api/vacant-stores/${second.id}/withdraw`)).statusCode).toBe(200);
    expect((await search(`q=${encodeURIComponent(tag)}`)).items.map((s) => s.id)).toEqual([first.id]);
  });

  it('shows only published listings in the public search', async () => {
    const hidden = await draft({ title: '非公開の下書き 検索不可' });
    expect((await search(`q=${encodeURIComponent('検索不可')}`)).total).toBe(0);
    expect((await owner.get('/api/vacant-stores/mine')).json<VacantStorePage>().items.map((s) => s.id)).toContain(hidden.id);
  });

  it('refuses unknown fields and amounts that are not whole yen', async () => {
    const unknown = await owner.post('/api/vacant-stores', { ...cafe, organizationId, parking: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await owner.post('/api/vacant-stores', { ...cafe, organizationId, monthlyRentYen: 150_000.5 })).statusCode).toBe(400);
    expect((await owner.post('/api/vacant-stores', { ...cafe, organizationId, depositYen: '300000' })).statusCode).toBe(400);
    expect((await owner.post('/api/vacant-stores', { ...cafe, organizationId, station: '池袋' })).statusCode).toBe(400);
    expect((await owner.post('/api/vacant-stores', { ...cafe, organizationId, allowedUses: [] })).statusCode).toBe(400);
    const store = await draft();
    expect((await owner.request('PATCH', `/api/vacant-stores/${store.id}`, { status: 'published' })).statusCode).toBe(400);
    expect((await anonymous().get('/api/vacant-stores?colour=red')).statusCode).toBe(400);
    const [row] = await stack.sql.query(`SELECT pg_typeof(monthly_rent_yen)::text AS rent, pg_typeof(deposit_yen)::text AS deposit FROM vacant_store WHERE id = $1`, [store.id]);
    expect(row).toEqual({ rent: 'integer', deposit: 'integer' });
  });

  it('lets staff register a store for an owner at the counter only with the owner’s consent recorded', async () => {
    expect((await staff.post('/api/vacant-stores', { ...cafe, organizationId })).json()).toMatchObject({ code: 'OWNER_CONSENT_REQUIRED' });
    const created = await staff.post('/api/vacant-stores', { ...cafe, title: '窓口で代理登録した店舗', organizationId, ownerConsent: { method: 'signed-form', note: '同意書 No.7' } });
    expect(created.statusCode).toBe(201);
    const store = created.json<VacantStore>();
    expect(store).toMatchObject({ registeredOnBehalf: true, status: 'draft' });
    expect((await owner.get(`/api/vacant-stores/${store.id}`)).json()).toMatchObject({ registeredOnBehalf: true, actions: ['submit', 'withdraw'] });
    const log = (await staff.get(`/api/admin/audit-log?targetId=${store.id}&action=vacant-store.registered-on-behalf`)).json<{ items: { newValue: { consent: unknown } }[] }>();
    expect(log.items[0]?.newValue.consent).toMatchObject({ method: 'signed-form', note: '同意書 No.7' });
  });

  it('answers a two-character query with two filters on 10,000 published stores through the bigram GIN index', async () => {
    await stack.sql.query(
      `INSERT INTO vacant_store (organization_id, title, district, street_address, station, walk_minutes, floor_area_square_metres, floor,
         monthly_rent_yen, common_charges_yen, deposit_yen, key_money_yen, contract_type, fixtures_remain, allowed_uses, description,
         declares_no_organized_crime_ties, declares_no_city_tax_arrears, status, published_at, expires_at, search_text, search_bigrams)
       SELECT $1, t.title, '本町一丁目', g::text, (ARRAY['朝霞','朝霞台','北朝霞','志木','和光市','新座'])[1 + (g / 10) % 6], g % 20, 15 + g % 100, '1F',
         50000 + (g % 30) * 10000, 5000, 0, 0, '普通借家', false, ARRAY['物販'], '', true, true, 'published',
         now() - g * interval '1 minute', now() + interval '3 years', t.title, t.bigrams
       FROM generate_series(1, 10000) g,
       LATERAL (SELECT (ARRAY['駅前の飲食店', '元美容室 サロン向き', '物販向きの路面店', '事務所 2階', '教室向き 広い', '居抜き カフェ', '商店街の角地', 'ロードサイド 駐車場', '住宅街の小さな店', '元学習塾'])[1 + g % 10] || ' ' || g AS title) t0,
       LATERAL (SELECT t0.title,
                       ARRAY(SELECT DISTINCT substr(t0.title, i, 2) FROM generate_series(1, char_length(t0.title) - 1) i
                             WHERE position(' ' IN substr(t0.title, i, 2)) = 0) AS bigrams) t`,
      [organizationId],
    );
    await stack.sql.query('ANALYZE vacant_store');
    const { sql, params } = vacantStoreSearchStatement(vacantStoreSearchSchema.parse({ q: '飲食', station: '朝霞台', maxRent: '200000' }));
    const plan = ((await stack.sql.query(`EXPLAIN ${sql}`, params)) as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toContain('Bitmap Index Scan on vacant_store_search_bigrams_idx');
    const found = await search(`q=${encodeURIComponent('飲食')}&station=${encodeURIComponent('朝霞台')}&maxRent=200000`);
    expect(found.total).toBeGreaterThan(0);
    expect(found.items.every((s) => s.station === '朝霞台' && s.monthlyTotalYen <= 200_000)).toBe(true);
  });

  it('seeds the demo listings once, in several statuses, and only the published ones are public', async () => {
    for (let run = 0; run < 2; run += 1) {
      await stack.sql.transaction(async (manager) => {
        await seedDemoAccounts(manager, new PasswordHasher());
        await seedDemoOrganization(manager);
        await seedDemoVacantStores(manager);
      });
    }
    const statuses = (await stack.sql.query(
      `SELECT s.status, count(*)::int AS n FROM vacant_store s JOIN organization o ON o.id = s.organization_id WHERE o.name = 'みつばち雑貨店' GROUP BY s.status ORDER BY s.status`,
    )) as { status: string; n: number }[];
    expect(Object.fromEntries(statuses.map((row) => [row.status, row.n]))).toEqual({ draft: 2, let: 1, published: 20, rejected: 2, submitted: 4, withdrawn: 1 });
    const found = await search(`q=${encodeURIComponent('ラーメン')}&station=${encodeURIComponent('北朝霞')}`);
    expect(found.items.map((s) => s.organizationName)).toContain('みつばち雑貨店');
    expect(found.items.every((s) => s.status === 'published')).toBe(true);
  });
});
