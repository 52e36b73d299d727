import type { Adviser, ConsultationBooking, ConsultationSlotList } from '@asaka/contracts';
import { addDays, japanToday, mondayOf } from '../japan-calendar';

/** Advisers, slots and bookings as the API answers them, for the pages' tests; override what a test is about. */

export const adviserId = 'a1b2c3d4-0000-4000-8000-00000000a001';
export const bookingId = 'b1b2c3d4-0000-4000-8000-00000000b001';

export function adviserFixture(overrides: Partial<Adviser> = {}): Adviser {
  return {
    id: adviserId,
    displayName: '浜崎 導',
    organizationName: '朝霞市商工会',
    jobTitle: '経営指導員',
    introduction: '創業計画書の作り方から、開業後の資金繰りまで伴走します。',
    areas: ['management', 'finance'],
    topics: ['founding-plan', 'financing'],
    places: ['chamber-of-commerce', 'online'],
    slotMinutes: 60,
    active: true,
    details: null,
    ...overrides,
  };
}

/** Next week's Monday (Japan calendar) and a day of that week: dates the picker can show whatever day the test runs. */
export const nextMonday = () => addDays(mondayOf(japanToday()), 7);
export const nextWeekDay = (offset: number) => addDays(nextMonday(), offset);

/** An API time, Japan time: `at('2025-12-02', '10:00')`. */
export const at = (date: string, time: string) => `${date}T${time}:00+09:00`;

/** 「12月2日(火)」, written out by hand for the assertions (not with the page's own formatter). */
export function jaDay(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  const weekday = ['日', '月', '火', '水', '木', '金', '土'][new Date(`${date}T12:00:00Z`).getUTCDay()];
  return `${month}月${day}日(${weekday})`;
}

export function slotListFixture(slots: { startsAt: string; endsAt: string }[], from = nextMonday()): ConsultationSlotList {
  return {
    from,
    to: addDays(from, 6),
    items: slots.map((slot) => ({ adviserId, ...slot })),
    advisers: [adviserFixture()],
  };
}

export function bookingFixture(overrides: Partial<ConsultationBooking> = {}): ConsultationBooking {
  const date = nextWeekDay(1);
  return {
    id: bookingId,
    adviser: { id: adviserId, displayName: '浜崎 導', organizationName: '朝霞市商工会' },
    bookerName: '膝折 創',
    topic: 'financing',
    place: 'chamber-of-commerce',
    startsAt: at(date, '10:00'),
    endsAt: at(date, '11:00'),
    status: 'booked',
    answers: { stage: 'preparing', businessIdea: '朝霞台駅の近くでお弁当の店を開きたい。', questions: '' },
    meetingUrl: null,
    sequence: 0,
    enteredBy: 'booker',
    cancelledAt: null,
    cancelledBy: null,
    cancellationReason: null,
    cancellableUntil: at(addDays(date, -1), '10:00'),
    actions: ['cancel', 'reschedule'],
    createdAt: '2025-11-20T09:00:00+09:00',
    updatedAt: '2025-11-20T09:00:00+09:00',
    ...overrides,
  };
}
