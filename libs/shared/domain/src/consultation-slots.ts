import { toJapanDateParts, toJapanIso } from './japan-time';

/**
 * An adviser's bookable slots: weekly opening hours plus date exceptions, in Japan time; public
 * holidays closed unless a date exception opens them; fixed slot length with a buffer between
 * sessions; nothing sooner than the minimum notice; nothing overlapping a booking or its buffer.
 */
export interface TimeWindow {
  /** 'HH:MM' Japan time */
  start: string;
  end: string;
}

export interface WeeklyRule extends TimeWindow {
  /** 0 = Sunday … 6 = Saturday, as in Date.getDay() */
  weekday: number;
}

export interface DateException {
  /** 'YYYY-MM-DD' in Japan */
  date: string;
  /** No windows: closed that day. Windows: open exactly then (also on a holiday). */
  windows: readonly TimeWindow[];
}

export interface SlotSettings {
  slotMinutes: number;
  bufferMinutes: number;
  minimumNoticeMinutes: number;
}

export interface Interval {
  start: Date;
  end: Date;
}

export interface FreeSlotQuery extends SlotSettings {
  /** Dates 'YYYY-MM-DD' (Japan), both included. */
  fromDate: string;
  toDate: string;
  rules: readonly WeeklyRule[];
  exceptions: readonly DateException[];
  booked: readonly Interval[];
  isHoliday: (date: string) => boolean;
  now: Date;
}

const JST_MS = 9 * 3_600_000;
const MINUTE = 60_000;

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The instant of a Japan wall-clock time. */
export function japanInstant(date: string, minutesAfterMidnight: number): Date {
  const [y, mo, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1) - JST_MS + minutesAfterMidnight * MINUTE);
}

export function japanDateKey(instant: Date): string {
  const p = toJapanDateParts(instant);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

function* datesBetween(fromDate: string, toDate: string): Generator<string> {
  for (let day = japanInstant(fromDate, 12 * 60); japanDateKey(day) <= toDate; day = new Date(day.getTime() + 24 * 3_600_000)) {
    yield japanDateKey(day);
  }
}

const HOUR = 60 * MINUTE;

/**
 * The hours (Japan time, `YYYY-MM-DDTHH`) in which a booking of `slot` can clash with another of the
 * same adviser, given the adviser's buffer: every clock hour the slot widened by the buffer on both
 * sides touches, earliest first. Two bookings that could clash (one overlaps the other or its
 * buffer) always share at least one of these hours — the hour of an instant where they meet — so
 * locking the adviser's time per hour, in this order, puts every clash in one queue, while
 * bookings at other times of the day need not wait for each other.
 */
export function bookingLockHours(slot: Interval, bufferMinutes: number): string[] {
  const first = Math.floor((slot.start.getTime() - bufferMinutes * MINUTE) / HOUR);
  // The widened slot ends before end + buffer (half-open): a session ending on the hour stays out of the next one.
  const last = Math.floor((slot.end.getTime() + bufferMinutes * MINUTE - 1) / HOUR);
  const hours: string[] = [];
  for (let hour = first; hour <= last; hour += 1) hours.push(toJapanIso(new Date(hour * HOUR)).slice(0, 13));
  return hours;
}

/** The opening windows of one date: an exception wins; otherwise weekly rules, unless a holiday. */
export function windowsOn(date: string, rules: readonly WeeklyRule[], exceptions: readonly DateException[], isHoliday: (date: string) => boolean): readonly TimeWindow[] {
  const exception = exceptions.find((e) => e.date === date);
  if (exception) return exception.windows;
  if (isHoliday(date)) return [];
  const weekday = new Date(japanInstant(date, 12 * 60).getTime() + JST_MS).getUTCDay();
  return rules.filter((r) => r.weekday === weekday);
}

/**
 * Busy time widened by the buffer on both sides, sorted by start, with the running maximum of the
 * ends: whether a span clashes is then a binary search, so listing weeks of slots for dozens of
 * advisers stays linear in the number of slots.
 */
function busyIndex(booked: readonly Interval[], buffer: number) {
  const spans = booked.map((b) => [b.start.getTime() - buffer, b.end.getTime() + buffer] as const).sort((a, b) => a[0] - b[0]);
  const starts = spans.map((span) => span[0]);
  const maxEnds: number[] = [];
  for (const [, end] of spans) maxEnds.push(Math.max(end, maxEnds[maxEnds.length - 1] ?? -Infinity));
  /** Whether [from, to) overlaps a widened booking: one starting before `to` ends after `from`. */
  return (from: number, to: number): boolean => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) < to) low = mid + 1;
      else high = mid;
    }
    return low > 0 && (maxEnds[low - 1] as number) > from;
  };
}

export function freeSlots(query: FreeSlotQuery): Interval[] {
  const earliest = query.now.getTime() + query.minimumNoticeMinutes * MINUTE;
  const clashes = busyIndex(query.booked, query.bufferMinutes * MINUTE);
  const slots: Interval[] = [];
  for (const date of datesBetween(query.fromDate, query.toDate)) {
    const midnight = japanInstant(date, 0).getTime();
    for (const window of windowsOn(date, query.rules, query.exceptions, query.isHoliday)) {
      const windowEnd = minutesOf(window.end);
      for (let start = minutesOf(window.start); start + query.slotMinutes <= windowEnd; start += query.slotMinutes + query.bufferMinutes) {
        const from = midnight + start * MINUTE;
        const to = from + query.slotMinutes * MINUTE;
        if (from >= earliest && !clashes(from, to)) slots.push({ start: new Date(from), end: new Date(to) });
      }
    }
  }
  return slots;
}
