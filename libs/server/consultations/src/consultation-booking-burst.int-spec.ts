import type { Adviser, ConsultationSlotList } from '@asaka/contracts';
import { normalizeEmail } from '@asaka/domain';
import { ApiStack, HttpResult, HttpSession, insertUser, startApiStack } from '@asaka/testing';
import { AppModule } from '../../../../apps/api/src/app.module';

// The booking rush of bench/consultation-booking (a new program opens and everyone books at once):
// 200 signed-in people send their booking at the same moment, ten for each of 20 slots of two
// advisers. Everyone gets an answer at once and a clear one — the slot, or 409 SLOT_ALREADY_BOOKED —
// never a 500 after PostgreSQL broke a deadlock between two bookings of one adviser.

const PEOPLE = 200;
const SLOTS_PER_ADVISER = 10;
const DAY = 86_400_000;
const everyDay = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
const PROFILE = { organizationName: '朝霞市商工会', areas: ['finance'], topics: ['financing'], places: ['chamber-of-commerce'] };
const ANSWERS = { stage: 'preparing', businessIdea: '朝霞台駅の近くで惣菜とお弁当の店を開きたい。', questions: '創業融資の自己資金はどのくらい必要ですか。' };
const OVERLAPS = `SELECT a.id, b.id AS other FROM consultation_booking a JOIN consultation_booking b
  ON a.id < b.id AND (a.adviser_id = b.adviser_id OR a.booker_user_id = b.booker_user_id)
  AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
  WHERE a.status IN ('booked', 'held', 'no-show') AND b.status IN ('booked', 'held', 'no-show')`;

const codeOf = (response: HttpResult) => (response.statusCode < 300 ? String(response.statusCode) : `${response.statusCode} ${response.json<{ code?: string }>().code}`);

/** A fixed shuffle (the same every run), so who asks for which slot is in no one's order. */
function shuffled<T>(items: readonly T[]): T[] {
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const list = [...items];
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

describe('a booking rush', () => {
  let stack: ApiStack;
  const advisers: string[] = [];
  const people: HttpSession[] = [];

  beforeAll(async () => {
    // The production pool (10), so as many bookings run at once as in the benchmark.
    stack = await startApiStack((config) => AppModule.forRoot(config), { env: { DATABASE_POOL_SIZE: '10' } });
    for (const n of [1, 2]) {
      const { browser } = await stack.signIn(`rush-adviser-${n}@shokokai.example.jp`, ['adviser']);
      expect((await browser.request('PUT', '/api/advisers/me', PROFILE)).statusCode).toBe(200);
      advisers.push((await browser.request('PUT', '/api/advisers/me/availability', { weeklyRules: everyDay, exceptions: [] })).json<Adviser>().id);
    }
    // 200 accounts with one password hash, each signed in through the API as the web app does.
    const first = await insertUser(stack.db.url, { email: 'rush-0@example.jp', roles: ['entrepreneur'] });
    const emails = Array.from({ length: PEOPLE - 1 }, (_, i) => `rush-${i + 1}@example.jp`);
    await stack.sql.query(
      `INSERT INTO user_account (email, email_normalized, password_hash, display_name, locale, roles, email_verified_at)
       SELECT e.email, e.normalized, (SELECT password_hash FROM user_account WHERE id = $3), split_part(e.email, '@', 1), 'ja', ARRAY['entrepreneur'], now()
       FROM unnest($1::text[], $2::text[]) AS e(email, normalized)`,
      [emails, emails.map(normalizeEmail), first.id],
    );
    const all = [first.email, ...emails];
    for (let start = 0; start < all.length; start += 20) {
      const batch = all.slice(start, start + 20).map(async (email) => {
        const browser = new HttpSession(stack.app);
        const login = await browser.post('/api/auth/login', { email, password: first.password });
        if (login.statusCode !== 204) throw new Error(`sign-in of ${email} answered ${login.statusCode} ${login.body}`);
        return browser;
      });
      people.push(...(await Promise.all(batch)));
    }
    // Each has fetched its CSRF token: the rush below is bookings only.
  }, 180_000);

  afterAll(() => stack?.close());

  it('gives each of 20 slots wanted by 10 people at once to exactly one of them; the other 180 hear 409 SLOT_ALREADY_BOOKED, nobody a 500', async () => {
    const from = new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10);
    const slots: ConsultationSlotList['items'] = [];
    for (const adviserId of advisers) {
      const listed = await people[0]?.get(`/api/consultation-slots?adviserId=${adviserId}&from=${from}&to=${to}`);
      slots.push(...(listed?.json<ConsultationSlotList>().items.slice(0, SLOTS_PER_ADVISER) ?? []));
    }
    expect(slots).toHaveLength(2 * SLOTS_PER_ADVISER);
    const wanted = shuffled(people.map((_, i) => slots[i % slots.length] as (typeof slots)[number]));

    const answers = await Promise.all(
      people.map((browser, i) => {
        const slot = wanted[i] as (typeof slots)[number];
        return browser.post('/api/consultation-bookings', { adviserId: slot.adviserId, startsAt: slot.startsAt, topic: 'financing', place: 'chamber-of-commerce', answers: ANSWERS });
      }),
    );

    const tally: Record<string, number> = {};
    const winners = new Map<string, number>();
    answers.forEach((answer, i) => {
      tally[codeOf(answer)] = (tally[codeOf(answer)] ?? 0) + 1;
      const slot = wanted[i] as (typeof slots)[number];
      if (answer.statusCode === 201) winners.set(`${slot.adviserId} ${slot.startsAt}`, (winners.get(`${slot.adviserId} ${slot.startsAt}`) ?? 0) + 1);
    });
    expect(tally).toEqual({ 201: 20, '409 SLOT_ALREADY_BOOKED': 180 });
    expect([...winners.values()]).toEqual(Array(20).fill(1));

    // What was stored: one booking per slot, nothing overlapping, each with its reminder for the day before.
    const booked = (await stack.sql.query(
      `SELECT b.id, b.reminder_key, o.id AS reminder FROM consultation_booking b LEFT JOIN notification o ON o.dedupe_key = b.reminder_key WHERE b.status = 'booked'`,
    )) as { id: string; reminder_key: string | null; reminder: string | null }[];
    expect(booked).toHaveLength(20);
    for (const row of booked) expect(row).toEqual({ id: row.id, reminder_key: `consultation-booking:${row.id}:reminder`, reminder: expect.any(String) });
    expect(await stack.sql.query(OVERLAPS)).toEqual([]);
  }, 180_000);
});
