import type { EntityManager } from 'typeorm';
import { freeSlots, japanDateKey } from '@asaka/domain';
import type { ConsultationBookingStatus, ConsultationTopic, FoundingArea, FoundingStage, Interval } from '@asaka/domain';
import type { Availability } from '@asaka/contracts';
import type { AdviserRecord } from '../advisers.repository';
import { ConsultationBookingsRepository } from '../consultation-bookings.repository';
import { FoundingReportsRepository, FoundingReportValues } from '../founding-reports/founding-reports.repository';
import { isClosedDay } from '../japanese-holidays';
import { ConsultationRecordsRepository } from '../records/consultation-records.repository';

const DAY = 24 * 60 * 60 * 1000;

interface DemoSession {
  /** Index into the seeded advisers (DEMO_ADVISERS' order). */
  adviser: number;
  /** The session is the first free slot from this many days after today (negative: in the past). */
  fromDay: number;
  topic: ConsultationTopic;
  status: ConsultationBookingStatus;
  idea: string;
  questions?: string;
  /** The adviser's record of a held session. */
  record?: { areas: FoundingArea[]; notes: string; nextSteps: string };
}

interface DemoEntrepreneur {
  email: string;
  stage: FoundingStage;
  sessions: DemoSession[];
  /** A founding reported and waiting for staff, `foundedDaysAgo` days ago. */
  founding?: Omit<FoundingReportValues, 'foundedOn'> & { foundedDaysAgo: number };
}

const BENTO = '朝霞台駅の近くで、地元野菜を使ったお弁当とお惣菜の店を開きたい。';
const BAKERY = '岡地区の自宅を改装して、米粉パンの工房と小さな販売スペースを開く。';

/**
 * A month of sessions of the two demo entrepreneurs, part-way along the founding pathway
 * (特定創業支援等事業): 膝折 創 has 3 recorded sessions covering 経営・財務・人材育成 (販路開拓 is
 * still missing; the booking ahead with the sales adviser would complete it), 岡 開 has 4 sessions
 * covering all four areas (one of them the seminar of the events demo) but within three weeks, so
 * not yet a month. Also a cancellation, a no-show, bookings ahead, and 岡 開's founding report.
 */
export const DEMO_ENTREPRENEURS: DemoEntrepreneur[] = [
  {
    email: 'entrepreneur@demo.asaka.localhost',
    stage: 'preparing',
    sessions: [
      {
        adviser: 0,
        fromDay: -24,
        topic: 'founding-plan',
        status: 'held',
        idea: BENTO,
        record: {
          areas: ['management', 'finance'],
          notes: '商圏（朝霞台・北朝霞の両駅）と客層の想定を確認。開業資金は約600万円、自己資金150万円。創業計画書の売上計画が楽観的なので、席数と回転数から計算し直す。',
          nextSteps: '売上計画を日販ベースで作り直し、次回は資金計画を一緒に確認する。',
        },
      },
      {
        adviser: 2,
        fromDay: -15,
        topic: 'subsidies',
        status: 'held',
        idea: BENTO,
        questions: '小規模事業者持続化補助金（創業型）は使えますか。',
        record: {
          areas: ['finance'],
          notes: '持続化補助金（創業型）の要件を説明。特定創業支援等事業の証明が要件の一つになるため、証明に必要な回数と分野を案内した。',
          nextSteps: '公募要領を読み、経費の見積りを揃える。',
        },
      },
      { adviser: 1, fromDay: -10, topic: 'financing', status: 'cancelled', idea: '厨房設備の購入資金として創業融資を考えている。' },
      {
        adviser: 3,
        fromDay: -6,
        topic: 'human-resources',
        status: 'held',
        idea: BENTO,
        questions: '昼のピークだけパートを雇いたい。',
        record: {
          areas: ['human-resources'],
          notes: 'パート2名（11時〜14時）の採用を想定。求人票の書き方、雇用保険・労災の手続き、ハローワーク朝霞の窓口を案内。',
          nextSteps: '「あさかで働こう」に求人を出す準備。',
        },
      },
      { adviser: 1, fromDay: 3, topic: 'financing', status: 'booked', idea: '厨房設備の購入資金として創業融資を考えている。自己資金は150万円。', questions: '必要な書類と、審査で見られる点を知りたいです。' },
      { adviser: 4, fromDay: 8, topic: 'sales-channels', status: 'booked', idea: 'お弁当のネット予約と、SNSでの発信方法を相談したい。' },
    ],
  },
  {
    email: 'entrepreneur2@demo.asaka.localhost',
    stage: 'founded-within-5-years',
    sessions: [
      {
        adviser: 0,
        fromDay: -22,
        topic: 'founding-plan',
        status: 'held',
        idea: BAKERY,
        record: {
          areas: ['management'],
          notes: '自宅兼工房で開業。用途地域と保健所の菓子製造業・パン製造業の許可を確認。事業計画は概ね妥当。',
          nextSteps: '開業届と青色申告承認申請書を提出する。',
        },
      },
      { adviser: 1, fromDay: -18, topic: 'financing', status: 'no-show', idea: BAKERY },
      {
        adviser: 2,
        fromDay: -13,
        topic: 'accounting-tax',
        status: 'held',
        idea: BAKERY,
        questions: '原価計算と値付けの考え方を知りたい。',
        record: {
          areas: ['finance'],
          notes: '米粉の仕入れ値から1個あたりの原価を計算。ロス率を見込んだ値付けと、月次の資金繰り表の付け方を説明した。',
          nextSteps: '3か月分の資金繰り表を作る。',
        },
      },
      {
        adviser: 3,
        fromDay: -5,
        topic: 'human-resources',
        status: 'held',
        idea: BAKERY,
        record: {
          areas: ['human-resources'],
          notes: '繁忙期の短時間スタッフの採用と、衛生管理の教え方（マニュアル化）について助言。',
          nextSteps: '衛生管理マニュアルの下書き。',
        },
      },
      { adviser: 4, fromDay: 10, topic: 'sales-channels', status: 'booked', idea: BAKERY, questions: 'ネット販売と、市のイベントへの出店について。' },
    ],
    founding: {
      foundedDaysAgo: 9,
      businessName: 'こめこぱん工房 おか',
      businessType: 'sole-proprietorship',
      industry: 'パン製造小売業',
      inAsaka: true,
      address: '朝霞市岡二丁目',
      vacantStoreId: null,
    },
  },
];

/**
 * The demo entrepreneurs' sessions, records and founding report, with the seeded advisers (and
 * their weekly hours, to find real free slots). Idempotent: made only for an entrepreneur with no
 * booking yet; the founding report only for one with none.
 */
export async function seedDemoPathway(
  manager: EntityManager,
  advisers: readonly { adviser: AdviserRecord; weeklyRules: Availability['weeklyRules']; exceptions: Availability['exceptions'] }[],
): Promise<void> {
  const bookings = new ConsultationBookingsRepository(manager.connection);
  const records = new ConsultationRecordsRepository(manager.connection);
  const reports = new FoundingReportsRepository(manager.connection);
  const now = new Date();
  for (const demo of DEMO_ENTREPRENEURS) {
    const [person] = (await manager.query(`SELECT id FROM user_account WHERE email_normalized = $1`, [demo.email])) as { id: string }[];
    if (!person) continue;
    if ((await bookings.countBookedBy(manager, person.id)) === 0) {
      const mine: Interval[] = [];
      for (const session of demo.sessions) {
        const seeded = advisers[session.adviser];
        if (!seeded) continue;
        const slot = await freeSlotFor(manager, bookings, seeded, session, mine, now);
        if (!slot) continue;
        const id = await bookings.insert(manager, {
          adviserId: seeded.adviser.id,
          bookerUserId: person.id,
          topic: session.topic,
          place: seeded.adviser.places[0] ?? 'industry-culture-center',
          stage: demo.stage,
          businessIdea: session.idea,
          questions: session.questions ?? '',
          startsAt: slot.start,
          endsAt: slot.end,
          enteredBy: 'booker',
        });
        mine.push(slot);
        if (session.status === 'cancelled') await bookings.cancel(manager, id, 'booker', '日程の都合がつかなくなったため');
        if (session.status === 'held' || session.status === 'no-show') await bookings.markOutcome(manager, id, session.status);
        if (session.record) {
          await records.put(manager, id, { areasCovered: session.record.areas, notes: session.record.notes, nextSteps: session.record.nextSteps }, 'adviser');
        }
      }
    }
    // Counted on the seed's own connection: the repository's list reads through the pool, which
    // the seed's single connection (held by this transaction) would wait on for ever.
    const [reported] = (await manager.query(`SELECT count(*)::int AS n FROM founding_report WHERE user_id = $1`, [person.id])) as { n: number }[];
    if (demo.founding && (reported?.n ?? 0) === 0) {
      const { foundedDaysAgo, ...values } = demo.founding;
      await reports.insert(manager, person.id, { ...values, foundedOn: japanDateKey(new Date(now.getTime() - foundedDaysAgo * DAY)) }, new Date(now.getTime() - 2 * DAY));
    }
  }
}

/**
 * The first free slot of the adviser from the session's day on that keeps to its side of now (a
 * held session lies in the past, a booking ahead at least a day away) and to the person's other
 * sessions.
 */
async function freeSlotFor(
  manager: EntityManager,
  bookings: ConsultationBookingsRepository,
  seeded: { adviser: AdviserRecord; weeklyRules: Availability['weeklyRules']; exceptions: Availability['exceptions'] },
  session: DemoSession,
  mine: readonly Interval[],
  now: Date,
): Promise<Interval | undefined> {
  const from = new Date(now.getTime() + session.fromDay * DAY);
  const to = new Date(from.getTime() + 21 * DAY);
  const taken = await bookings.occupied(manager, [seeded.adviser.id], from, new Date(to.getTime() + DAY));
  const ahead = session.status === 'booked';
  return freeSlots({
    fromDate: japanDateKey(from),
    toDate: japanDateKey(to),
    rules: seeded.weeklyRules,
    exceptions: seeded.exceptions,
    booked: [...(taken.get(seeded.adviser.id) ?? []), ...mine],
    isHoliday: isClosedDay,
    now: new Date(0),
    slotMinutes: seeded.adviser.slotMinutes,
    bufferMinutes: seeded.adviser.bufferMinutes,
    minimumNoticeMinutes: 0,
  }).find((slot) => (ahead ? slot.start.getTime() >= now.getTime() + DAY : slot.end.getTime() <= now.getTime()));
}
