import { freeSlots, japanDateKey, japanInstant } from './consultation-slots';
import type { DateException, Interval, TimeWindow, WeeklyRule } from './consultation-slots';
import { toJapanDateParts } from './japan-time';
import type { Locale } from './locale';

/**
 * Booking a one-to-one startup consultation (起業家育成支援相談, plan 5-2): what can be asked, where,
 * the intake questions, the states of a booking and who may move it, and how its time is written.
 */
export const CONSULTATION_TOPICS = [
  'founding-plan',
  'financing',
  'subsidies',
  'sales-channels',
  'business-succession',
  'human-resources',
  'accounting-tax',
  'general-management',
] as const;
export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number];
export const CONSULTATION_TOPIC_LABELS: Record<ConsultationTopic, Record<Locale, string>> = {
  'founding-plan': { ja: '創業計画', en: 'Business plan for founding' },
  financing: { ja: '資金調達・融資', en: 'Financing and loans' },
  subsidies: { ja: '補助金・助成金', en: 'Subsidies and grants' },
  'sales-channels': { ja: '販路開拓', en: 'Finding customers and sales channels' },
  'business-succession': { ja: '事業承継', en: 'Business succession' },
  'human-resources': { ja: '人材育成・雇用', en: 'Hiring and developing people' },
  'accounting-tax': { ja: '税務・会計', en: 'Tax and accounting' },
  'general-management': { ja: '経営全般', en: 'General management' },
};

export const CONSULTATION_PLACES = ['industry-culture-center', 'chamber-of-commerce', 'online'] as const;
export type ConsultationPlace = (typeof CONSULTATION_PLACES)[number];
export const CONSULTATION_PLACE_LABELS: Record<ConsultationPlace, Record<Locale, string>> = {
  'industry-culture-center': { ja: '朝霞市産業文化センター', en: 'Asaka City Industry and Culture Center' },
  'chamber-of-commerce': { ja: '朝霞市商工会', en: 'Asaka Chamber of Commerce and Industry' },
  online: { ja: 'オンライン', en: 'Online' },
};

/** Intake: where the person stands, so the adviser can prepare. */
export const FOUNDING_STAGES = ['idea', 'preparing', 'founded-within-5-years'] as const;
export type FoundingStage = (typeof FOUNDING_STAGES)[number];
export const FOUNDING_STAGE_LABELS: Record<FoundingStage, Record<Locale, string>> = {
  idea: { ja: '構想段階', en: 'An idea so far' },
  preparing: { ja: '創業準備中', en: 'Preparing to found' },
  'founded-within-5-years': { ja: '創業後5年以内', en: 'Founded within the last 5 years' },
};

/**
 * `booked` until the session; afterwards the adviser marks it `held` or `no-show`. Every state but
 * `cancelled` occupies the adviser's time: the database's exclusion constraint covers exactly these.
 */
export const CONSULTATION_BOOKING_STATUSES = ['booked', 'cancelled', 'held', 'no-show'] as const;
export type ConsultationBookingStatus = (typeof CONSULTATION_BOOKING_STATUSES)[number];
export const SLOT_OCCUPYING_STATUSES = ['booked', 'held', 'no-show'] as const satisfies readonly ConsultationBookingStatus[];

/** Who acts on a booking: the person who booked it (also through the signed link), the adviser, or staff. */
export type ConsultationActor = 'booker' | 'adviser' | 'staff';
export type ConsultationBookingAction = 'cancel' | 'reschedule';

/** Staff set these for the whole program: one promise to every citizen, whichever adviser they book. */
export interface ConsultationPolicy {
  minimumNoticeMinutes: number;
  cancellationCutoffMinutes: number;
  maxOpenBookingsPerPerson: number;
}

export const DEFAULT_CONSULTATION_POLICY: ConsultationPolicy = {
  minimumNoticeMinutes: 24 * 60,
  cancellationCutoffMinutes: 24 * 60,
  maxOpenBookingsPerPerson: 2,
};

const MINUTE = 60_000;

/** The last instant the booker may cancel or move the booking themselves. */
export function cancellableUntil(startsAt: Date, cancellationCutoffMinutes: number): Date {
  return new Date(startsAt.getTime() - cancellationCutoffMinutes * MINUTE);
}

/**
 * Why an actor may not cancel or move a booking now, or null when they may. Nothing moves once it
 * is cancelled or the session has begun; the booker must also keep to the cut-off (the adviser has
 * set the time aside), while the adviser and staff may act until the start.
 */
export function consultationChangeRefusal(
  booking: { status: ConsultationBookingStatus; startsAt: Date },
  actor: ConsultationActor,
  now: Date,
  cancellationCutoffMinutes: number,
): 'not-booked' | 'started' | 'cutoff-passed' | null {
  if (booking.status !== 'booked') return 'not-booked';
  if (now.getTime() >= booking.startsAt.getTime()) return 'started';
  if (actor === 'booker' && now.getTime() > cancellableUntil(booking.startsAt, cancellationCutoffMinutes).getTime()) return 'cutoff-passed';
  return null;
}

/** The buttons to show: what these actors may do to the booking now. */
export function consultationBookingActions(
  booking: { status: ConsultationBookingStatus; startsAt: Date },
  actors: readonly ConsultationActor[],
  now: Date,
  cancellationCutoffMinutes: number,
): ConsultationBookingAction[] {
  const allowed = actors.some((actor) => consultationChangeRefusal(booking, actor, now, cancellationCutoffMinutes) === null);
  return allowed ? ['cancel', 'reschedule'] : [];
}

/** After the session its adviser (or staff) says how it went: what counts for 起業家育成相談件数 is `held`. */
export const CONSULTATION_OUTCOMES = ['held', 'no-show'] as const satisfies readonly ConsultationBookingStatus[];
export type ConsultationOutcome = (typeof CONSULTATION_OUTCOMES)[number];

/**
 * Why an outcome may not be set now, or null when it may. Only once the session has begun (a
 * session that has not taken place cannot have been held), never on a cancelled booking. A mark
 * may be corrected (held ↔ no-show: the person came late, a wrong click) until a record is
 * written, since the record attests the session took place. Setting the same mark again is
 * allowed and changes nothing.
 */
export function consultationOutcomeRefusal(
  booking: { status: ConsultationBookingStatus; startsAt: Date },
  outcome: ConsultationOutcome,
  now: Date,
  hasRecord: boolean,
): 'cancelled' | 'not-started' | 'recorded' | null {
  if (booking.status === 'cancelled') return 'cancelled';
  if (now.getTime() < booking.startsAt.getTime()) return 'not-started';
  if (booking.status !== 'booked' && booking.status !== outcome && hasRecord) return 'recorded';
  return null;
}

/** A record (areas covered, notes, next steps) belongs to a session that was held. */
export function canWriteConsultationRecord(status: ConsultationBookingStatus): boolean {
  return status === 'held';
}

export type ConsultationSessionAction = 'mark-held' | 'mark-no-show' | 'write-record';

/** The buttons of the adviser's dashboard for one session now. */
export function consultationSessionActions(
  booking: { status: ConsultationBookingStatus; startsAt: Date },
  hasRecord: boolean,
  now: Date,
): ConsultationSessionAction[] {
  const actions: ConsultationSessionAction[] = [];
  if (booking.status !== 'held' && consultationOutcomeRefusal(booking, 'held', now, hasRecord) === null) actions.push('mark-held');
  if (booking.status !== 'no-show' && consultationOutcomeRefusal(booking, 'no-show', now, hasRecord) === null) actions.push('mark-no-show');
  if (canWriteConsultationRecord(booking.status)) actions.push('write-record');
  return actions;
}

/** A booking that still lies ahead: what the per-person limit counts. */
export function isOpenBooking(booking: { status: ConsultationBookingStatus; startsAt: Date }, now: Date): boolean {
  return booking.status === 'booked' && booking.startsAt.getTime() > now.getTime();
}

export interface SlotRequestContext {
  rules: readonly WeeklyRule[];
  exceptions: readonly DateException[];
  /** What the adviser already holds (occupying bookings), except the booking being moved. */
  booked: readonly Interval[];
  isHoliday: (date: string) => boolean;
  slotMinutes: number;
  bufferMinutes: number;
  minimumNoticeMinutes: number;
  now: Date;
}

export type SlotRequestVerdict = { ok: true; slot: Interval } | { ok: false; reason: 'not-offered' | 'too-soon' | 'taken' };

/**
 * Whether a requested start is a slot the adviser offers now, and if not, why: not on the grid of
 * their hours at all (or closed that day), sooner than the minimum notice, or already taken (by a
 * booking or its buffer). The same `freeSlots` that lists slots decides, so what is shown is what
 * can be booked.
 */
export function checkSlotRequest(context: SlotRequestContext, start: Date): SlotRequestVerdict {
  const date = japanDateKey(start);
  const base = { ...context, fromDate: date, toDate: date };
  const at = (slots: Interval[]) => slots.find((slot) => slot.start.getTime() === start.getTime());
  const grid = at(freeSlots({ ...base, booked: [], minimumNoticeMinutes: 0, now: new Date(0) }));
  if (!grid) return { ok: false, reason: 'not-offered' };
  if (start.getTime() < context.now.getTime() + context.minimumNoticeMinutes * MINUTE) return { ok: false, reason: 'too-soon' };
  if (!at(freeSlots({ ...base, minimumNoticeMinutes: 0, now: new Date(0) }))) return { ok: false, reason: 'taken' };
  return { ok: true, slot: grid };
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether two opening windows of one day overlap (touching end to start is fine). */
export function windowsOverlap(windows: readonly TimeWindow[]): boolean {
  const sorted = [...windows].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  return sorted.some((window, i) => i > 0 && minutesOf(window.start) < minutesOf(sorted[i - 1]?.end ?? '00:00'));
}

/** The reminder goes out at 10:00 Japan time the day before; null when that moment has passed. */
export const REMINDER_HOUR_JST = 10;

export function consultationReminderAt(startsAt: Date, now: Date): Date | null {
  const dayBefore = japanDateKey(new Date(startsAt.getTime() - 24 * 60 * MINUTE));
  const at = japanInstant(dayBefore, REMINDER_HOUR_JST * 60);
  return at.getTime() > now.getTime() ? at : null;
}

/**
 * 年末年始: city facilities, the chamber of commerce and the banks are closed from 29 December to
 * 3 January although these are not public holidays; a date exception can still open them.
 */
export function isYearEndClosure(date: string): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '12-29' || monthDay <= '01-03';
}

const WEEKDAYS: Record<Locale, readonly string[]> = {
  ja: ['日', '月', '火', '水', '木', '金', '土'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const hhmm = (instant: Date) => {
  const p = toJapanDateParts(instant);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

function japanDate(instant: Date, locale: Locale): string {
  const p = toJapanDateParts(instant);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return locale === 'ja' ? `${p.year}年${p.month}月${p.day}日(${WEEKDAYS.ja[weekday]})` : `${WEEKDAYS.en[weekday]} ${p.day} ${MONTHS_EN[p.month - 1]} ${p.year}`;
}

const ZONE: Record<Locale, string> = { ja: '(日本時間 JST)', en: '(Japan time, JST)' };

/**
 * A session's time as people read it, always in Japan time and saying so, whatever the reader's
 * own zone: 「2026年12月1日(火) 10:00〜11:00 (日本時間 JST)」 / "Tue 1 December 2026, 10:00–11:00 (Japan time, JST)".
 */
export function formatConsultationTime(start: Date, end: Date, locale: Locale): string {
  return locale === 'ja' ? `${japanDate(start, locale)} ${hhmm(start)}〜${hhmm(end)} ${ZONE.ja}` : `${japanDate(start, locale)}, ${hhmm(start)}–${hhmm(end)} ${ZONE.en}`;
}

/** One instant the same way, e.g. a deadline: 「2026年11月30日(月) 10:00 (日本時間 JST)」. */
export function formatJapanDateTime(instant: Date, locale: Locale): string {
  return `${japanDate(instant, locale)}${locale === 'ja' ? ' ' : ', '}${hhmm(instant)} ${ZONE[locale]}`;
}
