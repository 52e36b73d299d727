import type { CreateVacantStore, PutStoreSeekerProfile, RecommendedSeekers, RecommendedVacantStores, StoreSeekerProfile, VacantStore } from '@asaka/contracts';
import { ApiStack, HttpSession, startApiStack } from '@asaka/testing';
import { AppModule } from './app.module';

type Listing = Omit<CreateVacantStore, 'organizationId'>;

const base: Listing = {
  title: '北朝霞 駅前の元ラーメン店',
  district: '西原一丁目',
  streetAddress: '1-2-3',
  station: '北朝霞',
  walkMinutes: 3,
  floorAreaSquareMetres: 35,
  floor: '1F',
  monthlyRentYen: 130_000,
  commonChargesYen: 10_000,
  contractType: '普通借家',
  allowedUses: ['飲食'],
  declarations: { noOrganizedCrimeTies: true, noCityTaxArrears: true },
};

/** 北朝霞 within 5 minutes, 15万円 a month, a restaurant, at least 30 m². */
const ramenNeeds: PutStoreSeekerProfile['needs'] = { stations: ['北朝霞'], maxWalkMinutes: 5, monthlyBudgetYen: 150_000, uses: ['飲食'], minAreaSquareMetres: 30 };

describe('vacant-store recommendations: stores for a seeker, seekers for an owner', () => {
  let stack: ApiStack;
  let owner: HttpSession;
  let staff: HttpSession;
  let organizationId: string;
  const stores: Record<string, VacantStore> = {};

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config));
    owner = (await stack.signIn('kitaasaka-estate@example.jp')).browser;
    staff = (await stack.signIn('matching-desk@city.example.jp', ['staff'])).browser;
    organizationId = (await owner.post('/api/organizations', { name: '北朝霞不動産', address: '朝霞市西原一丁目', industry: '不動産業', employeeCount: 3 })).json<{ id: string }>().id;

    const publish = async (listing: Partial<Listing>) => {
      const { id } = (await owner.post('/api/vacant-stores', { ...base, ...listing, organizationId })).json<VacantStore>();
      await owner.post(`/api/vacant-stores/${id}/submit`);
      const published = await staff.post(`/api/vacant-stores/${id}/publish`);
      expect(published.statusCode).toBe(200);
      return published.json<VacantStore>();
    };
    stores.perfect = await publish({ title: '北朝霞 駅前の元ラーメン店' });
    stores.dear = await publish({ title: '北朝霞 広めの路面店', monthlyRentYen: 190_000 });
    stores.cheapElsewhere = await publish({ title: '朝霞 本町の小さな物販店', station: '朝霞', district: '本町二丁目', walkMinutes: 10, floorAreaSquareMetres: 20, allowedUses: ['物販'] });
    stores.nothingInCommon = await publish({ title: '志木 事務所ビル', station: '志木', district: '幸町一丁目', walkMinutes: 12, floorAreaSquareMetres: 10, monthlyRentYen: 300_000, allowedUses: ['事務所'] });
    stores.draft = (await owner.post('/api/vacant-stores', { ...base, title: '北朝霞 準備中の区画', organizationId })).json<VacantStore>();
  });

  afterAll(() => stack?.close());

  async function seeker(email: string, profile?: PutStoreSeekerProfile): Promise<HttpSession> {
    const { browser } = await stack.signIn(email, ['entrepreneur']);
    if (profile) expect((await browser.request('PUT', '/api/vacant-stores/seeker-profile', profile)).statusCode).toBe(200);
    return browser;
  }

  it('ranks the public stores against my saved needs, best first, with the reasons for each', async () => {
    const me = await seeker('ramen-dreamer@example.jp');
    expect((await me.get('/api/vacant-stores/seeker-profile')).json()).toEqual({ needs: {}, plannedBusiness: null, discoverable: false, updatedAt: null });
    expect((await me.get('/api/vacant-stores/recommended')).json()).toMatchObject({ items: [], needsStated: false });

    const saved = await me.request('PUT', '/api/vacant-stores/seeker-profile', { needs: ramenNeeds, plannedBusiness: '醤油ラーメン店' });
    expect(saved.json<StoreSeekerProfile>()).toMatchObject({ needs: ramenNeeds, plannedBusiness: '醤油ラーメン店', discoverable: false, updatedAt: expect.stringMatching(/\+09:00$/) });

    const recommended = (await me.get('/api/vacant-stores/recommended')).json<RecommendedVacantStores>();
    expect(recommended.needsStated).toBe(true);
    expect(recommended.items.map((item) => [item.store.title, item.score])).toEqual([
      ['北朝霞 駅前の元ラーメン店', 100],
      ['北朝霞 広めの路面店', 70],
      ['朝霞 本町の小さな物販店', 30],
    ]);
    expect(recommended.items[0]?.reasons).toEqual([
      { kind: 'station', met: true, station: '北朝霞', walkMinutes: 3 },
      { kind: 'budget', met: true, monthlyTotalYen: 140_000, budgetYen: 150_000 },
      { kind: 'use', met: true, uses: ['飲食'] },
      { kind: 'area', met: true, areaSquareMetres: 35 },
    ]);
    expect(recommended.items[1]?.reasons).toContainEqual({ kind: 'budget', met: false, monthlyTotalYen: 200_000, budgetYen: 150_000 });
    expect(recommended.items[0]?.store).toMatchObject({ id: stores.perfect?.id, monthlyTotalYen: 140_000, floorAreaTsubo: 10.6 });
  });

  it('never recommends my own organization’s stores to me', async () => {
    await owner.request('PUT', '/api/vacant-stores/seeker-profile', { needs: ramenNeeds });
    expect((await owner.get('/api/vacant-stores/recommended')).json<RecommendedVacantStores>().items).toEqual([]);
  });

  it('shows the store’s owner only the seekers who allowed it, ranked with their planned business, never their address', async () => {
    await seeker('open-ramen@example.jp', { needs: ramenNeeds, plannedBusiness: '家系ラーメン', discoverable: true });
    await seeker('hidden-ramen@example.jp', { needs: ramenNeeds, plannedBusiness: '秘密のラーメン', discoverable: false });
    await seeker('shiki-office@example.jp', { needs: { stations: ['志木'], uses: ['事務所'] }, plannedBusiness: '税理士事務所', discoverable: true });
    await seeker('cafe-budget@example.jp', { needs: { monthlyBudgetYen: 145_000, uses: ['物販'] }, plannedBusiness: null, discoverable: true });

    const response = await owner.get(`/api/vacant-stores/${stores.perfect?.id}/recommended-seekers`);
    expect(response.statusCode).toBe(200);
    const seekers = response.json<RecommendedSeekers>();
    expect(seekers.items.map((s) => [s.displayName, s.plannedBusiness, s.score])).toEqual([
      ['open-ramen', '家系ラーメン', 100],
      ['cafe-budget', null, 60],
    ]);
    expect(seekers.items[1]?.reasons).toEqual([
      { kind: 'budget', met: true, monthlyTotalYen: 140_000, budgetYen: 145_000 },
      { kind: 'use', met: false, uses: [] },
    ]);
    expect(response.body).not.toContain('@');
    expect(response.body).not.toContain('秘密のラーメン');

    // The list works for a store still in draft too: the owner can see who would want it.
    expect((await owner.get(`/api/vacant-stores/${stores.draft?.id}/recommended-seekers`)).json<RecommendedSeekers>().items[0]?.displayName).toBe('open-ramen');
  });

  it('answers recommended seekers only to the store’s organization and staff (audited); anyone else gets 404', async () => {
    const path = `/api/vacant-stores/${stores.perfect?.id}/recommended-seekers`;
    const otherOwner = (await stack.signIn('rival-estate@example.jp')).browser;
    await otherOwner.post('/api/organizations', { name: '別の不動産', address: '朝霞市本町', industry: '不動産業', employeeCount: 1 });
    const someSeeker = await seeker('curious@example.jp', { needs: ramenNeeds, discoverable: true });

    expect((await otherOwner.get(path)).statusCode).toBe(404);
    expect((await someSeeker.get(path)).statusCode).toBe(404);
    expect((await new HttpSession(stack.app).get(path)).statusCode).toBe(401);
    expect((await owner.get('/api/vacant-stores/00000000-0000-4000-8000-000000000000/recommended-seekers')).statusCode).toBe(404);

    expect((await staff.get(path)).statusCode).toBe(200);
    const reads = (await staff.get(`/api/admin/audit-log?targetId=${stores.perfect?.id}&action=personal-data.read`)).json<{ items: { targetType: string }[] }>();
    expect(reads.items.map((item) => item.targetType)).toContain('vacant-store-seekers');
  });

  it('checks the needs like any form: known stations and uses, a sensible area range', async () => {
    const me = await seeker('careful@example.jp');
    const put = (profile: unknown) => me.request('PUT', '/api/vacant-stores/seeker-profile', profile);
    expect((await put({ needs: { stations: ['東京'] } })).statusCode).toBe(400);
    expect((await put({ needs: { uses: ['飲食', '飲食'] } })).statusCode).toBe(400);
    expect((await put({ needs: { minAreaSquareMetres: 50, maxAreaSquareMetres: 20 } })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await put({ needs: {}, discoverable: 'yes' })).statusCode).toBe(400);
    expect((await put({ needs: {}, email: 'x@example.jp' })).statusCode).toBe(400);
  });
});
