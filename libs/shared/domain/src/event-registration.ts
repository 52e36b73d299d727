import { formatConsultationTime, formatJapanDateTime, REMINDER_HOUR_JST } from './consultation-booking';
import { japanDateKey, japanInstant } from './consultation-slots';
import type { FoundingArea } from './founding-pathway';
import type { Locale } from './locale';

/**
 * Seminars (起業家育成支援セミナー, plan 5-2), job fairs (就職面接会・就職相談会, plan 5-3) and other
 * events run by the city: who may move an event, when people may register, how seats and the
 * waiting list are counted, the check-in code, and how an event's time is written.
 */
export const EVENT_KINDS = ['seminar', 'job-fair', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<EventKind, Record<Locale, string>> = {
  seminar: { ja: 'セミナー', en: 'Seminar' },
  'job-fair': { ja: '就職面接会・相談会', en: 'Job fair' },
  other: { ja: 'イベント', en: 'Event' },
};

/** `draft` until staff publish it; then it is held (`finished`) or called off (`cancelled`). */
export const EVENT_STATUSES = ['draft', 'published', 'cancelled', 'finished'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_ACTIONS = ['publish', 'cancel', 'finish'] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

/**
 * Staff moves of an event. A draft is published or dropped (cancelled before anyone saw it); a
 * published event is called off before it begins, or marked held once it has begun (attendance
 * taken stays a record). Cancelled and finished are final.
 */
export function nextEventStatus(status: EventStatus, action: EventAction, event: { startsAt: Date }, now: Date): EventStatus | null {
  const begun = now.getTime() >= event.startsAt.getTime();
  if (action === 'publish') return status === 'draft' ? 'published' : null;
  if (action === 'cancel') return status === 'draft' || (status === 'published' && !begun) ? 'cancelled' : null;
  return status === 'published' && begun ? 'finished' : null;
}

/** The buttons to show staff for an event now. */
export function eventActions(status: EventStatus, event: { startsAt: Date }, now: Date): EventAction[] {
  return EVENT_ACTIONS.filter((action) => nextEventStatus(status, action, event, now) !== null);
}

/** Staff correct an event until it is over or called off; registrations follow the change. */
export function isEventEditable(status: EventStatus): boolean {
  return status === 'draft' || status === 'published';
}

/** Anyone sees an event once it was published, also after it was held or called off (the link in a mail still works). */
export function isEventPublic(status: EventStatus, publishedAt: Date | null): boolean {
  return status !== 'draft' && publishedAt !== null;
}

/** The schedule of an event as staff enter it; every rule below reads these. */
export interface EventSchedule {
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  areas: readonly FoundingArea[];
}

export interface EventDefinitionProblem {
  path: 'endsAt' | 'registrationClosesAt' | 'areas';
  message: string;
}

/**
 * What is wrong with an event's schedule, field by field (empty when nothing). The same rules
 * check a new event's body and the result of a partial update.
 */
export function eventDefinitionProblems(event: EventSchedule): EventDefinitionProblem[] {
  const problems: EventDefinitionProblem[] = [];
  if (event.endsAt.getTime() <= event.startsAt.getTime()) {
    problems.push({ path: 'endsAt', message: '終了は開始より後にしてください / the end must be after the start' });
  }
  if (event.registrationClosesAt.getTime() <= event.registrationOpensAt.getTime()) {
    problems.push({ path: 'registrationClosesAt', message: '申込の締切は受付開始より後にしてください / registration must close after it opens' });
  } else if (event.registrationClosesAt.getTime() > event.startsAt.getTime()) {
    problems.push({ path: 'registrationClosesAt', message: '申込の締切は開始時刻までにしてください / registration must close by the start' });
  }
  if (event.kind !== 'seminar' && event.areas.length > 0) {
    problems.push({ path: 'areas', message: '分野（経営・財務・人材育成・販路開拓）はセミナーにだけ設定できます / only seminars cover founding areas' });
  }
  return problems;
}

/**
 * A registration is `registered` (holds a seat), `waitlisted` (キャンセル待ち, in arrival order), or
 * `cancelled` (by the person, by staff, or because the event was called off).
 */
export const EVENT_REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type EventRegistrationStatus = (typeof EVENT_REGISTRATION_STATUSES)[number];
export const ACTIVE_REGISTRATION_STATUSES = ['registered', 'waitlisted'] as const satisfies readonly EventRegistrationStatus[];
export const EVENT_REGISTRATION_CANCELLERS = ['person', 'staff', 'event-cancelled'] as const;
export type EventRegistrationCanceller = (typeof EVENT_REGISTRATION_CANCELLERS)[number];

/** Where a person stands with registration: what the event page offers. */
export type RegistrationWindow = 'not-open-yet' | 'open' | 'waitlist' | 'closed';

export interface EventSeatsState {
  status: EventStatus;
  startsAt: Date;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  capacity: number;
  registered: number;
}

/** Seats still free: never negative, also when staff lowered the capacity below the registered count. */
export function seatsRemaining(capacity: number, registered: number): number {
  return Math.max(0, capacity - registered);
}

export function registrationWindow(event: EventSeatsState, now: Date): RegistrationWindow {
  if (event.status !== 'published' || now.getTime() >= event.registrationClosesAt.getTime() || now.getTime() >= event.startsAt.getTime()) return 'closed';
  if (now.getTime() < event.registrationOpensAt.getTime()) return 'not-open-yet';
  return seatsRemaining(event.capacity, event.registered) > 0 ? 'open' : 'waitlist';
}

export type RegistrationRefusal = 'not-published' | 'not-open-yet' | 'closed';

/** Why nobody may register now, or null when they may (a full event still takes people onto its waiting list). */
export function registrationRefusal(event: EventSeatsState, now: Date): RegistrationRefusal | null {
  if (event.status !== 'published') return 'not-published';
  const window = registrationWindow(event, now);
  if (window === 'not-open-yet') return 'not-open-yet';
  if (window === 'closed') return 'closed';
  return null;
}

export type Placement = { status: 'registered' } | { status: 'waitlisted'; position: number };

/**
 * Where a new registration goes: a seat while one is free, otherwise the end of the waiting list.
 * Nobody is placed ahead of people already waiting, so a free seat with a waiting list (which
 * the promotion after each change prevents) still sends newcomers to the back.
 */
export function placeRegistration(capacity: number, registered: number, waitlisted: number): Placement {
  if (waitlisted === 0 && seatsRemaining(capacity, registered) > 0) return { status: 'registered' };
  return { status: 'waitlisted', position: waitlisted + 1 };
}

/**
 * How many people move up from the front of the waiting list after a seat is freed or the
 * capacity raised: as many as there are free seats and people waiting. Lowering the capacity
 * takes nobody's seat; the event simply fills no more until it is under the new capacity.
 */
export function promotionCount(capacity: number, registered: number, waitlisted: number): number {
  return Math.min(seatsRemaining(capacity, registered), waitlisted);
}

/** Promotions happen until the event begins; after that a freed seat helps nobody. */
export function promotesWaitlist(event: { status: EventStatus; startsAt: Date }, now: Date): boolean {
  return event.status === 'published' && now.getTime() < event.startsAt.getTime();
}

export type RegistrationCancelRefusal = 'already-cancelled' | 'attended' | 'started';

/** A person (or staff for them) may withdraw until the event begins, and not once checked in. */
export function registrationCancelRefusal(
  registration: { status: EventRegistrationStatus; attendedAt: Date | null },
  event: { startsAt: Date },
  now: Date,
): RegistrationCancelRefusal | null {
  if (registration.status === 'cancelled') return 'already-cancelled';
  if (registration.attendedAt !== null) return 'attended';
  if (now.getTime() >= event.startsAt.getTime()) return 'started';
  return null;
}

export type CheckInRefusal = 'event-not-held' | 'too-early' | 'not-registered';

/**
 * Attendance is taken from the morning of the event's day (Japan time) onwards, also later from a
 * paper list; only people holding a seat are checked in.
 */
export function checkInRefusal(event: { status: EventStatus; startsAt: Date }, registration: { status: EventRegistrationStatus }, now: Date): CheckInRefusal | null {
  if (event.status !== 'published' && event.status !== 'finished') return 'event-not-held';
  if (now.getTime() < checkInOpensAt(event.startsAt).getTime()) return 'too-early';
  if (registration.status !== 'registered') return 'not-registered';
  return null;
}

/** 00:00 Japan time of the event's day. */
export function checkInOpensAt(startsAt: Date): Date {
  return japanInstant(japanDateKey(startsAt), 0);
}

/** The reminder goes out at 10:00 Japan time the day before, like a consultation's; null when that moment has passed. */
export function eventReminderAt(startsAt: Date, now: Date): Date | null {
  const dayBefore = japanDateKey(new Date(startsAt.getTime() - 24 * 3_600_000));
  const at = japanInstant(dayBefore, REMINDER_HOUR_JST * 60);
  return at.getTime() > now.getTime() ? at : null;
}

/**
 * The check-in code shown to an attendee and typed by staff at the door: 8 characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), about 39 bits of chance per code.
 */
export const CHECK_IN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CHECK_IN_CODE_LENGTH = 8;
const CHECK_IN_CODE_PATTERN = new RegExp(`^[${CHECK_IN_CODE_ALPHABET}]{${CHECK_IN_CODE_LENGTH}}$`);

/** What staff typed, as stored: 全角 folded, upper case, spaces and hyphens dropped ("abcd-efgh" → "ABCDEFGH"). */
export function normalizeCheckInCode(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐－ー]/g, '');
}

export function isCheckInCode(code: string): boolean {
  return CHECK_IN_CODE_PATTERN.test(code);
}

/** A code from random alphabet positions (the server draws them with a cryptographic generator). */
export function checkInCodeFrom(randomIndexes: readonly number[]): string {
  if (randomIndexes.length !== CHECK_IN_CODE_LENGTH) throw new Error(`a check-in code has ${CHECK_IN_CODE_LENGTH} characters`);
  return randomIndexes.map((i) => CHECK_IN_CODE_ALPHABET[i % CHECK_IN_CODE_ALPHABET.length]).join('');
}

/** Shown in two halves to be read aloud: "ABCD-EFGH". */
export function formatCheckInCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * An event's time in Japan time, saying so: one day 「2026年12月5日(土) 14:00〜16:00 (日本時間 JST)」,
 * written like a consultation's; an event over several days gives both ends in full.
 */
export function formatEventTime(start: Date, end: Date, locale: Locale): string {
  if (japanDateKey(start) === japanDateKey(end) || end.getTime() - start.getTime() <= 0) return formatConsultationTime(start, end, locale);
  return `${formatJapanDateTime(start, locale)}${locale === 'ja' ? '〜' : ' – '}${formatJapanDateTime(end, locale)}`;
}
