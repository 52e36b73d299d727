import type { EntityManager } from 'typeorm';
import { japanDateKey } from '@asaka/domain';
import type { Availability } from '@asaka/contracts';
import { AdviserProfileValues, AdvisersRepository } from '../advisers.repository';
import { seedDemoPathway } from './demo-pathway';

interface DemoAdviser {
  email: string;
  profile: AdviserProfileValues;
  slotMinutes: number;
  bufferMinutes: number;
  weeklyRules: Availability['weeklyRules'];
}

const MORNING_AND_AFTERNOON = (weekday: number) => [
  { weekday, start: '10:00', end: '12:00' },
  { weekday, start: '13:00', end: '16:00' },
];

/** Five advisers as the program actually staffs it: the chamber, the city, a loan officer, a 診断士, a sales specialist. */
export const DEMO_ADVISERS: DemoAdviser[] = [
  {
    email: 'adviser@demo.asaka.localhost',
    profile: {
      organizationName: '朝霞市商工会',
      jobTitle: '経営指導員',
      introduction: '創業計画書の作り方から、開業後の記帳・資金繰りまで伴走します。商工会の創業塾の相談窓口も担当しています。',
      areas: ['management', 'finance'],
      topics: ['founding-plan', 'financing', 'subsidies', 'general-management'],
      places: ['chamber-of-commerce', 'online'],
      meetingUrl: 'https://meet.asaka-portal.localhost/shokokai-hamasaki',
    },
    slotMinutes: 60,
    bufferMinutes: 0,
    // 火・木 10:00–16:00 (昼休み 12:00–13:00)
    weeklyRules: [...MORNING_AND_AFTERNOON(2), ...MORNING_AND_AFTERNOON(4)],
  },
  {
    email: 'adviser-jfc@demo.asaka.localhost',
    profile: {
      organizationName: '日本政策金融公庫 国民生活事業',
      jobTitle: '創業支援担当',
      introduction: '新規開業資金など創業融資のご相談をお受けします。自己資金、見積書、創業計画書をお持ちください。',
      areas: ['finance'],
      topics: ['financing', 'founding-plan'],
      places: ['industry-culture-center'],
      meetingUrl: null,
    },
    slotMinutes: 60,
    bufferMinutes: 15,
    // 毎週水曜 産業文化センターでの出張相談
    weeklyRules: [{ weekday: 3, start: '10:00', end: '16:00' }],
  },
  {
    email: 'adviser-shindanshi@demo.asaka.localhost',
    profile: {
      organizationName: '朝霞市 産業振興課（委託 中小企業診断士）',
      jobTitle: '中小企業診断士',
      introduction: '事業計画・収支計画の確認、補助金申請、事業承継のご相談に対応します。',
      areas: ['management', 'finance'],
      topics: ['founding-plan', 'subsidies', 'accounting-tax', 'business-succession'],
      places: ['industry-culture-center', 'online'],
      meetingUrl: 'https://meet.asaka-portal.localhost/shindanshi-negishi',
    },
    slotMinutes: 90,
    bufferMinutes: 30,
    // 月・金 13:00–17:00
    weeklyRules: [
      { weekday: 1, start: '13:00', end: '17:00' },
      { weekday: 5, start: '13:00', end: '17:00' },
    ],
  },
  {
    email: 'adviser-city@demo.asaka.localhost',
    profile: {
      organizationName: '朝霞市 産業振興課',
      jobTitle: '起業支援相談員',
      introduction: '市の支援制度（特定創業支援等事業の証明書、空き店舗の活用など）のご案内と、人の採用・育成のご相談をお受けします。',
      areas: ['human-resources', 'management'],
      topics: ['human-resources', 'general-management', 'founding-plan'],
      places: ['industry-culture-center'],
      meetingUrl: null,
    },
    slotMinutes: 60,
    bufferMinutes: 0,
    // 月・水・金 9:00–12:00
    weeklyRules: [1, 3, 5].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })),
  },
  {
    email: 'adviser-sales@demo.asaka.localhost',
    profile: {
      organizationName: '朝霞市商工会（専門家派遣）',
      jobTitle: '販路開拓アドバイザー',
      introduction: 'ネットショップ、SNS、商品の見せ方、「あさかの逸品」への出品など、お客様の見つけ方を一緒に考えます。English consultations welcome.',
      areas: ['sales-channels'],
      topics: ['sales-channels', 'general-management'],
      places: ['chamber-of-commerce', 'online'],
      meetingUrl: 'https://meet.asaka-portal.localhost/hanro-miyado',
    },
    slotMinutes: 60,
    bufferMinutes: 10,
    // 木 13:00–17:00、第1・第3土曜は例外で開ける (below)
    weeklyRules: [{ weekday: 4, start: '13:00', end: '17:00' }],
  },
];

const DAY = 24 * 60 * 60 * 1000;

/** First and third Saturdays of the coming two months: a date exception opens the sales adviser then. */
function saturdayMornings(now: Date): Availability['exceptions'] {
  const exceptions: Availability['exceptions'] = [];
  for (let day = 1; day <= 60; day += 1) {
    const date = japanDateKey(new Date(now.getTime() + day * DAY));
    const weekday = new Date(`${date}T12:00:00+09:00`).getUTCDay();
    const nth = Math.ceil(Number(date.slice(8, 10)) / 7);
    if (weekday === 6 && (nth === 1 || nth === 3)) exceptions.push({ date, windows: [{ start: '10:00', end: '12:00' }], note: '土曜相談会' });
  }
  return exceptions;
}

/**
 * Demo advisers (the accounts come from the accounts demo) with their availability, and a month
 * of sessions of the two demo entrepreneurs (demo-pathway.ts). Idempotent: an existing profile is
 * left as it is, and sessions are made only for an entrepreneur who has none.
 */
export async function seedDemoConsultations(manager: EntityManager): Promise<void> {
  const advisers = new AdvisersRepository(manager.connection);
  const now = new Date();
  const seeded: Parameters<typeof seedDemoPathway>[1][number][] = [];
  for (const demo of DEMO_ADVISERS) {
    const [account] = (await manager.query(`SELECT id FROM user_account WHERE email_normalized = $1`, [demo.email])) as { id: string }[];
    if (!account) continue;
    const exceptions = demo.email === 'adviser-sales@demo.asaka.localhost' ? saturdayMornings(now) : [];
    const existing = await advisers.findByUser(manager, account.id);
    const id = existing
      ? existing.id
      : await advisers.insert(manager, account.id, demo.profile, { slotMinutes: demo.slotMinutes, bufferMinutes: demo.bufferMinutes, active: true });
    if (!existing) await advisers.replaceAvailability(manager, id, { weeklyRules: demo.weeklyRules, exceptions });
    const adviser = await advisers.find(manager, id);
    if (adviser) seeded.push({ adviser, weeklyRules: demo.weeklyRules, exceptions });
  }
  if (seeded.length === DEMO_ADVISERS.length) await seedDemoPathway(manager, seeded);
}
