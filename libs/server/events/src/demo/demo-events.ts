import type { EntityManager } from 'typeorm';
import { japanDateKey, japanInstant } from '@asaka/domain';
import type { FoundingArea } from '@asaka/domain';
import { newCheckInCode } from '../check-in-codes';
import { EventRegistrationsRepository } from '../event-registrations.repository';
import { EventsRepository, EventValues } from '../events.repository';

const DAY_MS = 24 * 3_600_000;
const INDUSTRY_CULTURE_CENTER = '朝霞市浜崎1-2-10';

interface DemoEvent {
  values: Omit<EventValues, 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt'>;
  /** Days from today (Japan), then the start and end in minutes after midnight. */
  inDays: number;
  from: number;
  to: number;
  /** Demo accounts registered for it, in this order. */
  registrants: string[];
  /** For an event already held: those of the registrants checked in at it (the founding pathway counts them). */
  attendees?: string[];
}

const seminar = (areas: FoundingArea[]) => ({ kind: 'seminar' as const, areas });

const EVENTS: DemoEvent[] = [
  {
    values: {
      ...seminar(['sales-channels']),
      title: '創業塾 プレ講座「最初のお客様の見つけ方」',
      description:
        '創業塾の本講座に先立つ入門講座です。開業前からできる見込み客づくり、商圏の調べ方、チラシとSNSの使い分けを学びます。\n※特定創業支援等事業の「販路開拓」の受講として数えられます。',
      organizer: '朝霞市 産業振興課・朝霞市商工会',
      place: { kind: 'venue', name: '朝霞市産業文化センター 研修室1', address: INDUSTRY_CULTURE_CENTER },
      capacity: 30,
    },
    // Held a week ago: the second demo entrepreneur attended (a session of their founding pathway).
    inDays: -8,
    from: 14 * 60,
    to: 16 * 60,
    registrants: ['entrepreneur2@demo.asaka.localhost', 'owner@demo.asaka.localhost'],
    attendees: ['entrepreneur2@demo.asaka.localhost'],
  },
  {
    values: {
      ...seminar(['management', 'finance']),
      title: '創業塾 第1回「事業計画と資金計画」',
      description:
        '創業を考えている方・創業後間もない方のための連続講座です。第1回は、事業の構想を事業計画書にまとめる方法と、開業資金・運転資金の見積り、日本政策金融公庫の創業融資の使い方を学びます。\n講師：中小企業診断士\n持ち物：筆記用具、電卓\n※特定創業支援等事業の「経営」「財務」の受講として数えられます。',
      organizer: '朝霞市 産業振興課・朝霞市商工会',
      place: { kind: 'venue', name: '朝霞市産業文化センター 研修室1', address: INDUSTRY_CULTURE_CENTER },
      capacity: 30,
    },
    inDays: 10,
    from: 14 * 60,
    to: 16 * 60 + 30,
    registrants: ['entrepreneur@demo.asaka.localhost'],
  },
  {
    values: {
      ...seminar(['sales-channels']),
      title: '販路開拓セミナー「SNSとネットショップで商圏を広げる」',
      description:
        '小さなお店や個人事業者が、SNSとネットショップで市外・県外のお客様に届くための実践セミナーです。写真の撮り方、投稿の続け方、ECモールと自社サイトの選び方を事例で紹介します。オンライン（Zoom）開催です。',
      organizer: '朝霞市商工会',
      place: { kind: 'online', url: 'https://meet.example.jp/asaka-hanro-seminar' },
      capacity: 50,
    },
    inDays: 17,
    from: 19 * 60,
    to: 20 * 60 + 30,
    registrants: ['entrepreneur@demo.asaka.localhost', 'owner@demo.asaka.localhost'],
  },
  {
    values: {
      ...seminar(['human-resources']),
      title: '人材育成ワークショップ「はじめての採用と定着」',
      description:
        '初めて人を雇う事業者のための少人数ワークショップです。求人票の書き方、面接の進め方、入社後の育成計画づくりをグループで実際に手を動かしながら学びます。',
      organizer: '朝霞市 産業振興課',
      place: { kind: 'venue', name: '朝霞市産業文化センター 研修室2', address: INDUSTRY_CULTURE_CENTER },
      capacity: 16,
    },
    inDays: 24,
    from: 10 * 60,
    to: 12 * 60,
    registrants: ['owner@demo.asaka.localhost', 'entrepreneur@demo.asaka.localhost'],
  },
  {
    values: {
      kind: 'job-fair',
      areas: [],
      title: '「あさかで働こう」就職面接会',
      description:
        '市内の企業約20社が参加する就職面接会です。正社員・パート、シニア・子育て中の方・外国人の方を歓迎する求人があります。履歴書をお持ちください（複数社分あると便利です）。事前申込の方を優先してご案内します。\n共催：ハローワーク朝霞',
      organizer: '朝霞市 産業振興課・ハローワーク朝霞',
      place: { kind: 'venue', name: '朝霞市産業文化センター 多目的ホール', address: INDUSTRY_CULTURE_CENTER },
      capacity: 120,
    },
    inDays: 20,
    from: 13 * 60 + 30,
    to: 16 * 60,
    registrants: ['jobseeker@demo.asaka.localhost'],
  },
];

/**
 * Demo events for local runs: three seminars and a job fair in the coming weeks, open for
 * registration, and a seminar held last week with its attendance; a few registrations of the demo
 * accounts (no mails are sent for them).
 * Idempotent: an event whose title exists is left as it is.
 */
export async function seedDemoEvents(manager: EntityManager): Promise<void> {
  const events = new EventsRepository(manager.connection);
  const registrations = new EventRegistrationsRepository(manager.connection);
  const existing = new Set(((await manager.query(`SELECT title FROM city_event`)) as { title: string }[]).map((row) => row.title));
  const now = new Date();
  const today = japanDateKey(now);
  for (const demo of EVENTS) {
    if (existing.has(demo.values.title)) continue;
    const day = japanDateKey(new Date(japanInstant(today, 12 * 60).getTime() + demo.inDays * DAY_MS));
    const startsAt = japanInstant(day, demo.from);
    const endsAt = japanInstant(day, demo.to);
    const registrationClosesAt = new Date(japanInstant(day, 17 * 60).getTime() - DAY_MS);
    // Registration opened a week ago, or (an event already held) a week before it closed.
    const opensAt = new Date(Math.min(now.getTime() - 7 * DAY_MS, registrationClosesAt.getTime() - 7 * DAY_MS));
    const held = endsAt.getTime() < now.getTime();
    const id = await events.insert(manager, { ...demo.values, startsAt, endsAt, registrationOpensAt: opensAt, registrationClosesAt });
    await events.changeStatus(manager, id, { status: 'published', publishedAt: opensAt });
    for (const email of demo.registrants) {
      const [person] = (await manager.query(`SELECT id FROM user_account WHERE email_normalized = $1`, [email])) as { id: string }[];
      if (!person) continue;
      const registrationId = await registrations.insert(manager, { eventId: id, userId: person.id, status: 'registered', checkInCode: newCheckInCode(), now: held ? opensAt : now });
      if (registrationId && demo.attendees?.includes(email)) await registrations.markAttended(manager, registrationId, new Date(startsAt.getTime() - 10 * 60_000));
    }
    if (held) await events.changeStatus(manager, id, { status: 'finished', finishedAt: endsAt });
  }
}
