// The consultation program as the benchmark finds it: 30 advisers with the weekly hours advisers
// of the chamber, the city, the banks and the 診断士 actually keep, a few date exceptions, and eight
// weeks of sessions behind and eight ahead in the usual mix of states. Written with SQL (the API's
// rules are not what is measured here), slots chosen with the compiled domain's `freeSlots`.
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { DIST, DOMAIN, insertUsers } from '../lib/harness.mjs';

const require = createRequire(import.meta.url);
export const HOLIDAYS = path.join(DIST, 'libs/server/consultations/src/japanese-holidays.js');

const DAY = 86_400_000;
const split = (weekdays, windows) => weekdays.flatMap((weekday) => windows.map(([start, end]) => ({ weekday, start, end })));
const MORNING_AND_AFTERNOON = [['10:00', '12:00'], ['13:00', '16:00']];

/**
 * Ways of working, cycled over the advisers. The first is the chamber's walk-in desk (every
 * weekday): the booking burst aims at the first two advisers, who work this way.
 */
const KINDS = [
  {
    organization: '朝霞市商工会 創業相談窓口',
    jobTitle: '経営指導員',
    areas: ['management', 'finance'],
    topics: ['financing', 'founding-plan', 'subsidies', 'general-management'],
    places: ['chamber-of-commerce', 'online'],
    slotMinutes: 60,
    bufferMinutes: 0,
    weeklyRules: split([1, 2, 3, 4, 5], [['09:00', '12:00'], ['13:00', '17:00']]),
  },
  {
    organization: '朝霞市商工会',
    jobTitle: '経営指導員',
    areas: ['management', 'finance'],
    topics: ['founding-plan', 'financing', 'subsidies', 'general-management'],
    places: ['chamber-of-commerce', 'online'],
    slotMinutes: 60,
    bufferMinutes: 0,
    weeklyRules: split([2, 4], MORNING_AND_AFTERNOON),
  },
  {
    organization: '日本政策金融公庫 国民生活事業',
    jobTitle: '創業支援担当',
    areas: ['finance'],
    topics: ['financing', 'founding-plan'],
    places: ['industry-culture-center'],
    slotMinutes: 60,
    bufferMinutes: 15,
    weeklyRules: split([3], [['10:00', '16:00']]),
  },
  {
    organization: '朝霞市 産業振興課（委託 中小企業診断士）',
    jobTitle: '中小企業診断士',
    areas: ['management', 'finance'],
    topics: ['founding-plan', 'subsidies', 'accounting-tax', 'business-succession'],
    places: ['industry-culture-center', 'online'],
    slotMinutes: 90,
    bufferMinutes: 30,
    weeklyRules: split([1, 5], [['13:00', '17:00']]),
  },
  {
    organization: '朝霞市 産業振興課',
    jobTitle: '起業支援相談員',
    areas: ['human-resources', 'management'],
    topics: ['human-resources', 'general-management', 'founding-plan'],
    places: ['industry-culture-center'],
    slotMinutes: 60,
    bufferMinutes: 0,
    weeklyRules: split([1, 3, 5], [['09:00', '12:00']]),
  },
  {
    organization: '埼玉りそな銀行 朝霞支店',
    jobTitle: '法人融資担当',
    areas: ['finance'],
    topics: ['financing', 'accounting-tax'],
    places: ['industry-culture-center', 'online'],
    slotMinutes: 45,
    bufferMinutes: 15,
    weeklyRules: split([2, 4], [['14:00', '17:00']]),
  },
  {
    organization: '朝霞市商工会（専門家派遣）',
    jobTitle: '販路開拓アドバイザー',
    areas: ['sales-channels'],
    topics: ['sales-channels', 'general-management'],
    places: ['chamber-of-commerce', 'online'],
    slotMinutes: 60,
    bufferMinutes: 10,
    weeklyRules: split([4], [['13:00', '17:00']]),
  },
];

const IDEAS = ['駅前でのベーカリーカフェ', '高齢者向けの訪問美容', '子ども向けプログラミング教室', 'キッチンカーでの移動販売', '地元野菜の加工品のネット販売'];
const QUESTIONS = ['創業融資の自己資金はどのくらい必要ですか。', '補助金の申請時期を知りたいです。', '', '開業届と青色申告の手続きについて。'];

/** A small deterministic generator, so every run seeds the same program. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedProgram(databaseUrl, { advisers: count, weeks, now = new Date() }) {
  const domain = require(DOMAIN);
  const { isClosedDay } = require(HOLIDAYS);
  const rand = random(20261125);
  const dateAt = (offsetDays) => domain.japanDateKey(new Date(now.getTime() + offsetDays * DAY));
  const pastFrom = dateAt(-7 * weeks);
  const futureTo = dateAt(7 * weeks + 6);

  const adviserUsers = await insertUsers(databaseUrl, {
    emails: Array.from({ length: count }, (_, i) => `adviser-${String(i + 1).padStart(2, '0')}@advisers.bench.example.jp`),
    roles: ['adviser'],
  });
  const advisers = adviserUsers.map((user, i) => {
    const kind = KINDS[i < 2 ? 0 : 1 + ((i - 2) % (KINDS.length - 1))];
    // One day away (出張) in the coming weeks, and every fifth adviser opens a Saturday morning.
    const exceptions = [{ date: dateAt(7 + (i % 21)), windows: [], note: '出張' }];
    if (i % 5 === 4) {
      const saturday = Array.from({ length: 14 }, (_, d) => dateAt(d + 1)).find((date) => new Date(`${date}T12:00:00+09:00`).getUTCDay() === 6);
      exceptions.push({ date: saturday, windows: [{ start: '10:00', end: '12:00' }], note: '土曜相談会' });
    }
    return { ...kind, userId: user.id, exceptions, meetingUrl: kind.places.includes('online') ? `https://meet.example.jp/adviser-${i + 1}` : null };
  });

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const adviser of advisers) {
      const { rows } = await client.query(
        `INSERT INTO adviser (user_id, organization_name, job_title, introduction, areas, topics, places, meeting_url, slot_minutes, buffer_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [adviser.userId, adviser.organization, adviser.jobTitle, `${adviser.organization}の${adviser.jobTitle}です。創業前後のご相談をお受けします。`,
          adviser.areas, adviser.topics, adviser.places, adviser.meetingUrl, adviser.slotMinutes, adviser.bufferMinutes],
      );
      adviser.id = rows[0].id;
      await client.query(
        `INSERT INTO adviser_weekly_rule (adviser_id, weekday, start_time, end_time)
         SELECT $1, r.weekday, r.start_time::time, r.end_time::time FROM jsonb_to_recordset($2::jsonb) AS r(weekday smallint, start_time text, end_time text)`,
        [adviser.id, JSON.stringify(adviser.weeklyRules.map((r) => ({ weekday: r.weekday, start_time: r.start, end_time: r.end })))],
      );
      await client.query(
        `INSERT INTO adviser_date_exception (adviser_id, date, windows, note)
         SELECT $1, e.date, e.windows, e.note FROM jsonb_to_recordset($2::jsonb) AS e(date date, windows jsonb, note text)`,
        [adviser.id, JSON.stringify(adviser.exceptions)],
      );
    }
    await client.query('COMMIT');

    // Sessions: behind us mostly held (some no-shows and cancellations), ahead about a third booked.
    const bookings = [];
    for (const adviser of advisers) {
      const slots = domain.freeSlots({
        fromDate: pastFrom,
        toDate: futureTo,
        rules: adviser.weeklyRules,
        exceptions: adviser.exceptions,
        booked: [],
        isHoliday: isClosedDay,
        now: new Date(0),
        slotMinutes: adviser.slotMinutes,
        bufferMinutes: adviser.bufferMinutes,
        minimumNoticeMinutes: 0,
      });
      for (const slot of slots) {
        const past = slot.end.getTime() < now.getTime();
        const roll = rand();
        let status = null;
        if (past) status = roll < 0.6 ? 'held' : roll < 0.65 ? 'no-show' : roll < 0.72 ? 'cancelled' : null;
        else status = roll < 0.3 ? 'booked' : roll < 0.35 ? 'cancelled' : null;
        if (status) bookings.push({ adviser, slot, status });
      }
    }
    const bookers = await insertUsers(databaseUrl, {
      emails: bookings.map((_, i) => `booker-${i + 1}@people.bench.example.jp`),
      roles: ['entrepreneur'],
    });
    const column = (f) => bookings.map(f);
    await client.query(
      `INSERT INTO consultation_booking (adviser_id, booker_user_id, topic, place, stage, business_idea, questions, starts_at, ends_at, status,
         cancelled_at, cancelled_by, created_at)
       SELECT b.adviser_id, b.booker_user_id, b.topic, b.place, b.stage, b.idea, b.questions, b.starts_at, b.ends_at, b.status,
         CASE WHEN b.status = 'cancelled' THEN b.starts_at - interval '3 days' END, CASE WHEN b.status = 'cancelled' THEN 'booker' END,
         b.starts_at - interval '10 days'
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[], $10::text[])
         AS b(adviser_id, booker_user_id, topic, place, stage, idea, questions, starts_at, ends_at, status)`,
      [
        column((b) => b.adviser.id),
        bookers.map((b) => b.id),
        column((b, i) => b.adviser.topics[i % b.adviser.topics.length]),
        column((b, i) => b.adviser.places[i % b.adviser.places.length]),
        column((_, i) => domain.FOUNDING_STAGES[i % domain.FOUNDING_STAGES.length]),
        column((_, i) => IDEAS[i % IDEAS.length]),
        column((_, i) => QUESTIONS[i % QUESTIONS.length]),
        column((b) => b.slot.start),
        column((b) => b.slot.end),
        column((b) => b.status),
      ],
    );
    await client.query('VACUUM ANALYZE');
    const { rows: states } = await client.query(`SELECT status, count(*)::int AS n FROM consultation_booking GROUP BY status ORDER BY status`);
    const { rows: ids } = await client.query(`SELECT id FROM consultation_booking ORDER BY random() LIMIT 1000`);
    return {
      advisers: advisers.map((a) => ({ id: a.id, organization: a.organization })),
      bookingStates: Object.fromEntries(states.map((row) => [row.status, row.n])),
      bookingIds: ids.map((row) => row.id),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
