import type { CreateSavedSearch, CreateVacantStore, SavedSearch, SavedSearchList, VacantStore } from '@asaka/contracts';
import { SAVED_SEARCHES_PER_PERSON } from '@asaka/contracts';
import { ApiStack, CaughtMail, HttpSession, MailCatcher, startApiStack, waitFor } from '@asaka/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DAILY_DIGEST_SCHEDULER_ID, SavedSearchDigests } from '@asaka/vacant-stores';
import { AppModule } from './app.module';

type Listing = Omit<CreateVacantStore, 'organizationId'>;

const cafe: Listing = {
  title: '朝霞台駅前 ｶﾌｪ向き路面店',
  district: '東弁財一丁目',
  streetAddress: '4-2 朝霞台スクエア',
  station: '朝霞台',
  walkMinutes: 2,
  floorAreaSquareMetres: 33.06,
  floor: '1F',
  monthlyRentYen: 180_000,
  commonChargesYen: 12_000,
  contractType: '普通借家',
  previousUse: '飲食店',
  fixturesRemain: true,
  allowedUses: ['飲食', '物販'],
  description: '駅前の明るい路面店。厨房設備が残る居抜き物件です。',
  declarations: { noOrganizedCrimeTies: true, noCityTaxArrears: true },
};

interface OutboxRow {
  template: string;
  dedupe_key: string;
  status: string;
  topic: string | null;
}

describe('saved searches: alert mails at publication and the morning digest', () => {
  let stack: ApiStack;
  let catcher: MailCatcher;
  let owner: HttpSession;
  let ownerId: string;
  let staff: HttpSession;
  let organizationId: string;
  let people = 0;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config), { mail: true });
    catcher = stack.catcher as MailCatcher;
    const signedInOwner = await stack.signIn('landlord@example.jp');
    owner = signedInOwner.browser;
    ownerId = signedInOwner.id;
    staff = (await stack.signIn('publisher@city.example.jp', ['staff'])).browser;
    organizationId = (await owner.post('/api/organizations', { name: '朝霞台不動産', address: '朝霞市東弁財一丁目', industry: '不動産業', employeeCount: 2 })).json<{ id: string }>().id;
  });

  afterAll(() => stack?.close());

  async function person() {
    people += 1;
    return stack.signIn(`seeker-${people}@example.jp`, ['entrepreneur']);
  }

  async function publish(listing: Partial<Listing> = {}): Promise<VacantStore> {
    const created = await owner.post('/api/vacant-stores', { ...cafe, ...listing, organizationId });
    expect(created.statusCode).toBe(201);
    const { id } = created.json<VacantStore>();
    expect((await owner.post(`/api/vacant-stores/${id}/submit`)).statusCode).toBe(200);
    const published = await staff.post(`/api/vacant-stores/${id}/publish`);
    expect(published.statusCode).toBe(200);
    return published.json<VacantStore>();
  }

  async function save(browser: HttpSession, body: Partial<CreateSavedSearch>): Promise<SavedSearch> {
    const response = await browser.post('/api/saved-searches', { kind: 'vacant-store', name: '朝霞台 カフェ', criteria: {}, ...body });
    expect(response.statusCode).toBe(201);
    return response.json<SavedSearch>();
  }

  const outboxFor = async (userId: string, template: string) =>
    (await stack.sql.query(`SELECT template, dedupe_key, status, topic FROM notification WHERE recipient_user_id = $1 AND template = $2 ORDER BY id`, [userId, template])) as OutboxRow[];

  const mailsTo = (email: string): CaughtMail[] => catcher.messages.filter((mail) => mail.to.includes(email));

  it('mails me as soon as a store matching my saved search is published, and not for one that does not match', async () => {
    const seeker = await person();
    const saved = await save(seeker.browser, { name: '朝霞台 カフェ 20万円まで', criteria: { q: 'ｶﾌｪ', station: '朝霞台', maxRent: 200_000, use: '飲食', minArea: 20 }, alert: 'immediate' });
    expect(saved).toMatchObject({ kind: 'vacant-store', alert: 'immediate', criteria: { q: 'ｶﾌｪ', station: '朝霞台', maxRent: 200_000, use: '飲食', minArea: 20 } });
    expect(saved.createdAt).toMatch(/\+09:00$/);
    expect((await seeker.browser.get('/api/saved-searches')).json<SavedSearchList>().items.map((s) => s.id)).toEqual([saved.id]);
    // The owner saved a search that matches everything: their own store is no news to them.
    await save(owner, { name: 'すべて', alert: 'immediate' });

    const elsewhere = await publish({ title: '北朝霞 物販向け区画', station: '北朝霞', allowedUses: ['物販'] });
    const tooDear = await publish({ title: '朝霞台 ｶﾌｪ 広め', monthlyRentYen: 250_000 });
    const match = await publish();

    const mail = await waitFor(() => mailsTo(seeker.email)[0], { timeoutMs: 20_000, description: 'the alert mail' });
    expect(mail.subject).toContain('朝霞台駅前 カフェ向き路面店');
    expect(mail.text).toContain(`http://portal.test/vacant-stores/${match.id}`);
    expect(mail.text).toContain('「朝霞台 カフェ 20万円まで」');
    expect(mail.text).toContain('http://portal.test/account/saved-searches');
    expect(mail.headers['list-unsubscribe']).toMatch(/^<http:\/\/portal\.test\/api\/notifications\/unsubscribe\?token=/);

    expect((await outboxFor(seeker.id, 'saved-search-alert')).map((row) => row.dedupe_key)).toEqual([`saved-search-alert:${seeker.id}:${match.id}`]);
    expect(mailsTo(seeker.email).map((m) => m.text).join()).not.toMatch(new RegExp(`${elsewhere.id}|${tooDear.id}`));
    expect(await outboxFor(ownerId, 'saved-search-alert')).toEqual([]);
  });

  it('sends nothing when I turned saved-search alerts off in my mail preferences', async () => {
    const seeker = await person();
    await save(seeker.browser, { criteria: { q: '静かな隠れ家' }, alert: 'immediate' });
    const off = await seeker.browser.request('PUT', '/api/me/notification-preferences', { topics: [{ topic: 'saved-search-alerts', enabled: false }] });
    expect(off.statusCode).toBe(200);

    await publish({ title: '静かな隠れ家 2F' });
    await waitFor(async () => (await outboxFor(seeker.id, 'saved-search-alert'))[0]?.status === 'skipped', { timeoutMs: 20_000, description: 'the alert skipped' });
    expect(mailsTo(seeker.email)).toEqual([]);
  });

  it('daily: nothing at publication, one digest listing both stores at 08:00, nothing when it runs again', async () => {
    const seeker = await person();
    await save(seeker.browser, { name: '本町 物販', criteria: { q: '本町通り' }, alert: 'daily' });
    const first = await publish({ title: '本町通り 角地の店舗', district: '本町二丁目', station: '朝霞' });
    const second = await publish({ title: '本町通り 小さな物販店', district: '本町一丁目', station: '朝霞', floorAreaSquareMetres: 18 });
    expect(await outboxFor(seeker.id, 'saved-search-digest')).toEqual([]);
    expect(await outboxFor(seeker.id, 'saved-search-alert')).toEqual([]);

    const digests = stack.app.get(SavedSearchDigests, { strict: false });
    const morning = new Date();
    await digests.sendDailyDigests(morning);
    const mail = await waitFor(() => mailsTo(seeker.email)[0], { timeoutMs: 20_000, description: 'the digest' });
    expect(mail.subject).toContain('2件');
    for (const store of [first, second]) {
      expect(mail.text).toContain(store.title);
      expect(mail.text).toContain(`http://portal.test/vacant-stores/${store.id}`);
    }
    expect(mail.text).toContain('「本町 物販」');
    expect(mail.headers['list-unsubscribe']).toBeDefined();

    await digests.sendDailyDigests(morning);
    await digests.sendDailyDigests(new Date(morning.getTime() + 60_000));
    const digestsInOutbox = await outboxFor(seeker.id, 'saved-search-digest');
    expect(digestsInOutbox).toHaveLength(1);
    expect(digestsInOutbox[0]?.topic).toBe('daily-digest');

    // A store found after today's digest went out waits for tomorrow's instead of being lost.
    const third = await publish({ title: '本町通り 二階の教室向け', district: '本町三丁目', station: '朝霞', allowedUses: ['教室'] });
    await digests.sendDailyDigests(new Date(morning.getTime() + 120_000));
    expect(await outboxFor(seeker.id, 'saved-search-digest')).toHaveLength(1);
    await digests.sendDailyDigests(new Date(morning.getTime() + 24 * 3_600_000));
    const next = await waitFor(() => mailsTo(seeker.email)[1], { timeoutMs: 20_000, description: 'the next day’s digest' });
    expect(next.subject).toContain('1件');
    expect(next.text).toContain(third.title);
    expect(next.text).not.toContain(first.title);
  });

  it('forgets the matches waiting for the digest when I turn the alert off, so turning it on again mails no old news', async () => {
    const seeker = await person();
    const saved = await save(seeker.browser, { name: '膝折 サービス', criteria: { q: '膝折町' }, alert: 'daily' });
    await publish({ title: '膝折町 美容室向け', district: '膝折町一丁目', station: '朝霞', allowedUses: ['サービス'] });
    expect((await seeker.browser.request('PATCH', `/api/saved-searches/${saved.id}`, { alert: 'off' })).json()).toMatchObject({ alert: 'off' });
    expect((await seeker.browser.request('PATCH', `/api/saved-searches/${saved.id}`, { alert: 'daily' })).statusCode).toBe(200);

    await stack.app.get(SavedSearchDigests, { strict: false }).sendDailyDigests(new Date());
    expect(await outboxFor(seeker.id, 'saved-search-digest')).toEqual([]);
  });

  it('has the worker keep the 08:00 digest scheduled and send the digest when its job runs', async () => {
    const seeker = await person();
    await save(seeker.browser, { name: '志木 事務所', criteria: { station: '志木', use: '事務所' }, alert: 'daily' });
    const store = await publish({ title: '志木駅前 事務所向けワンフロア', station: '志木', allowedUses: ['事務所'] });

    const connection = new Redis(stack.config.redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue('saved-search-digest', { connection, prefix: stack.config.redis.queuePrefix });
    try {
      const scheduler = await waitFor(() => queue.getJobScheduler(DAILY_DIGEST_SCHEDULER_ID), { timeoutMs: 20_000, description: 'the worker’s digest scheduler' });
      expect(scheduler).toMatchObject({ pattern: '0 8 * * *', tz: 'Asia/Tokyo' });
      // What the scheduler does at 08:00, done now.
      await queue.add('send-daily-digests', {});
      const mail = await waitFor(() => mailsTo(seeker.email)[0], { timeoutMs: 20_000, description: 'the digest sent by the worker' });
      expect(mail.text).toContain(`http://portal.test/vacant-stores/${store.id}`);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });

  it('keeps my saved searches to me: another person cannot see, change or delete them (404)', async () => {
    const me = await person();
    const other = await person();
    const saved = await save(me.browser, { criteria: { station: '北朝霞' } });

    expect((await other.browser.get('/api/saved-searches')).json<SavedSearchList>().items).toEqual([]);
    expect((await other.browser.request('PATCH', `/api/saved-searches/${saved.id}`, { name: '乗っ取り' })).statusCode).toBe(404);
    expect((await other.browser.request('DELETE', `/api/saved-searches/${saved.id}`)).statusCode).toBe(404);

    const renamed = await me.browser.request('PATCH', `/api/saved-searches/${saved.id}`, { name: '北朝霞ならどこでも', alert: 'daily' });
    expect(renamed.json()).toMatchObject({ name: '北朝霞ならどこでも', alert: 'daily', criteria: { station: '北朝霞' } });
    expect((await me.browser.request('DELETE', `/api/saved-searches/${saved.id}`)).statusCode).toBe(204);
    expect((await me.browser.get('/api/saved-searches')).json<SavedSearchList>().items).toEqual([]);
    expect((await me.browser.request('DELETE', `/api/saved-searches/${saved.id}`)).statusCode).toBe(404);
  });

  it('checks criteria like the search page and keeps at most 20 searches a person', async () => {
    const me = await person();
    const bad = async (body: unknown) => (await me.browser.post('/api/saved-searches', body)).json<{ code: string }>().code;
    expect(await bad({ kind: 'vacant-store', name: 'x', criteria: { minArea: 50, maxArea: 10 } })).toBe('VALIDATION_FAILED');
    expect(await bad({ kind: 'vacant-store', name: 'x', criteria: { sort: 'rent' } })).toBe('VALIDATION_FAILED');
    expect(await bad({ kind: 'vacant-store', name: 'x', criteria: { station: '東京' } })).toBe('VALIDATION_FAILED');
    expect(await bad({ kind: 'job-opening', name: 'x', criteria: {} })).toBe('VALIDATION_FAILED');

    const near = await save(me.browser, { name: '朝霞駅から1km', criteria: { near: '35.7975,139.5873,1' } });
    expect(near.criteria).toEqual({ near: '35.7975,139.5873,1' });
    for (let i = 1; i < SAVED_SEARCHES_PER_PERSON; i += 1) await save(me.browser, { name: `条件 ${i}` });
    const over = await me.browser.post('/api/saved-searches', { kind: 'vacant-store', name: '21件目', criteria: {} });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'SAVED_SEARCH_LIMIT' });
  });
});
