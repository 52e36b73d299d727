import type { CreateEvent } from '@asaka/contracts';
import { toJapanIso } from '@asaka/domain';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant this far from now, as the API writes times (Japan time with its offset). */
export const fromNow = (ms: number) => toJapanIso(new Date(Date.now() + ms));

/** A seminar three days ahead at the 産業文化センター, registration open now and until the day before. */
export function seminarInput(overrides: Partial<CreateEvent> = {}): CreateEvent {
  return {
    kind: 'seminar',
    title: '創業塾 事業計画と資金計画',
    description: '事業計画書の書き方と資金計画。',
    startsAt: fromNow(3 * DAY),
    endsAt: fromNow(3 * DAY + 2 * HOUR),
    place: { kind: 'venue', name: '朝霞市産業文化センター 研修室1', address: '朝霞市浜崎1-2-10' },
    capacity: 10,
    registrationOpensAt: fromNow(-HOUR),
    registrationClosesAt: fromNow(2 * DAY),
    areas: ['management', 'finance'],
    ...overrides,
  };
}
