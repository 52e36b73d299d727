import { availabilitySchema, type Adviser, type AvailabilityInput } from '@asaka/contracts';
import { windowsOverlap } from '@asaka/domain';
import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/i18n';
import { dayLabel, isIsoDate, weekdayOf } from './japan-calendar';
import type { ClosedDay } from './japanese-holidays';

/**
 * The availability editor's state: a list of opening windows per weekday, and date exceptions that
 * either close a day or open it at given hours (also a holiday). Each row has a key of its own so
 * that adding or removing one keeps focus and typed values where they were. `availabilityBody` is
 * what PUT /api/advisers/me/availability takes; `availabilityProblems` says, in words and pointing
 * at the field, what the API's schema would refuse.
 */
export interface WindowDraft {
  key: string;
  start: string;
  end: string;
}

export interface ExceptionDraft {
  key: string;
  date: string;
  open: boolean;
  windows: WindowDraft[];
  note: string;
}

export interface AvailabilityDraft {
  /** Index 0 = Sunday … 6 = Saturday. */
  weekly: WindowDraft[][];
  exceptions: ExceptionDraft[];
}

type SavedAvailability = NonNullable<Adviser['details']>['availability'];

/** The weekdays in the order a Japanese office week is read: Monday first. */
export const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

let sequence = 0;
export const newKey = (prefix: string) => `${prefix}-${(sequence += 1)}`;

const byStart = (a: { start: string }, b: { start: string }) => a.start.localeCompare(b.start);

export function draftOf(availability: SavedAvailability): AvailabilityDraft {
  return {
    weekly: Array.from({ length: 7 }, (_, weekday) =>
      availability.weeklyRules
        .filter((rule) => rule.weekday === weekday)
        .sort(byStart)
        .map((rule) => ({ key: newKey('window'), start: rule.start, end: rule.end })),
    ),
    exceptions: [...availability.exceptions]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((exception) => ({
        key: newKey('exception'),
        date: exception.date,
        open: exception.windows.length > 0,
        windows: [...exception.windows].sort(byStart).map((window) => ({ key: newKey('window'), start: window.start, end: window.end })),
        note: exception.note ?? '',
      })),
  };
}

/** The request body: rules by weekday and start, exceptions by date; a closed day has no windows. */
export function availabilityBody(draft: AvailabilityDraft): AvailabilityInput {
  return {
    weeklyRules: draft.weekly.flatMap((windows, weekday) => [...windows].sort(byStart).map(({ start, end }) => ({ weekday, start, end }))),
    exceptions: [...draft.exceptions]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((exception) => ({
        date: exception.date,
        windows: exception.open ? [...exception.windows].sort(byStart).map(({ start, end }) => ({ start, end })) : [],
        note: exception.note.trim() === '' ? null : exception.note.trim(),
      })),
  };
}

/** A quarter-hour grid from 06:00 to 22:00, the hours anyone gives consultations; a saved time off the grid is kept. */
export function timeChoices(current: string): string[] {
  const choices: string[] = [];
  for (let minutes = 6 * 60; minutes <= 22 * 60; minutes += 15) {
    choices.push(`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
  }
  return current && !choices.includes(current) ? [...choices, current].sort() : choices;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toClock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The window a new row starts with: two hours after the last one, or the morning. */
export function nextWindow(windows: readonly WindowDraft[]): WindowDraft {
  const last = [...windows].sort(byStart).at(-1);
  const start = last && minutesOf(last.end) <= 20 * 60 ? minutesOf(last.end) : 10 * 60;
  return { key: newKey('window'), start: toClock(start), end: toClock(Math.min(start + 120, 22 * 60)) };
}

/** Field ids, so a problem can link to the field it is about and focus can follow added and removed rows. */
export const fieldId = {
  weeklyStart: (weekday: number, key: string) => `availability-${weekday}-${key}-start`,
  weeklyEnd: (weekday: number, key: string) => `availability-${weekday}-${key}-end`,
  addWeekly: (weekday: number) => `availability-${weekday}-add`,
  exceptionDate: (key: string) => `exception-${key}-date`,
  exceptionStart: (key: string, windowKey: string) => `exception-${key}-${windowKey}-start`,
  exceptionEnd: (key: string, windowKey: string) => `exception-${key}-${windowKey}-end`,
  exceptionAddWindow: (key: string) => `exception-${key}-add`,
  exceptionNote: (key: string) => `exception-${key}-note`,
  addException: 'exception-add',
};

export interface AvailabilityProblem {
  /** The field to go to. */
  id: string;
  message: string;
}

const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const weekdayName = (t: TFunction, weekday: number) => t(`consultations.availability.weekdays.${weekdayKeys[weekday] ?? 'sun'}`);

function windowProblems(t: TFunction, where: string, windows: readonly WindowDraft[], ids: (key: string) => { start: string; end: string }): AvailabilityProblem[] {
  const problems: AvailabilityProblem[] = [];
  windows.forEach((window, index) => {
    if (minutesOf(window.end) <= minutesOf(window.start)) {
      problems.push({ id: ids(window.key).end, message: t('consultations.availability.problems.endBeforeStart', { where, n: index + 1 }) });
    }
  });
  if (problems.length === 0 && windowsOverlap(windows)) {
    const last = windows.at(-1);
    problems.push({ id: last ? ids(last.key).start : '', message: t('consultations.availability.problems.overlap', { where }) });
  }
  return problems;
}

/** What is wrong with the draft, in the order of the page; empty when it can be saved. */
export function availabilityProblems(t: TFunction, draft: AvailabilityDraft, language: Language): AvailabilityProblem[] {
  const problems: AvailabilityProblem[] = [];
  for (const weekday of WEEKDAY_ORDER) {
    const where = weekdayName(t, weekday);
    problems.push(...windowProblems(t, where, draft.weekly[weekday] ?? [], (key) => ({ start: fieldId.weeklyStart(weekday, key), end: fieldId.weeklyEnd(weekday, key) })));
  }
  const seen = new Set<string>();
  draft.exceptions.forEach((exception, index) => {
    const valid = isIsoDate(exception.date);
    const where = valid ? dayLabel(exception.date, language) : t('consultations.availability.exceptionNumber', { n: index + 1 });
    if (!valid) problems.push({ id: fieldId.exceptionDate(exception.key), message: t('consultations.availability.problems.date', { where }) });
    else if (seen.has(exception.date)) problems.push({ id: fieldId.exceptionDate(exception.key), message: t('consultations.availability.problems.duplicate', { where }) });
    if (valid) seen.add(exception.date);
    if (exception.open && exception.windows.length === 0) {
      problems.push({ id: fieldId.exceptionAddWindow(exception.key), message: t('consultations.availability.problems.noWindows', { where }) });
    }
    if (exception.open) {
      problems.push(
        ...windowProblems(t, where, exception.windows, (key) => ({ start: fieldId.exceptionStart(exception.key, key), end: fieldId.exceptionEnd(exception.key, key) })),
      );
    }
    if (exception.note.trim().length > 200) problems.push({ id: fieldId.exceptionNote(exception.key), message: t('consultations.availability.problems.note', { where, max: 200 }) });
  });
  return problems;
}

/** Checked with the API's own schema, once the page's own checks pass. */
export function checkAvailability(draft: AvailabilityDraft): { ok: true; body: AvailabilityInput } | { ok: false } {
  const body = availabilityBody(draft);
  return availabilitySchema.safeParse(body).success ? { ok: true, body } : { ok: false };
}

/** What one date will offer: an exception wins; otherwise a holiday or 年末年始 closes it; otherwise the weekday's hours. */
export type DayPlan =
  | { kind: 'exception'; exception: ExceptionDraft; closed: ClosedDay | null }
  | { kind: 'closed-day'; closed: ClosedDay; weekly: readonly WindowDraft[] }
  | { kind: 'weekly'; weekly: readonly WindowDraft[] };

export function dayPlan(date: string, draft: AvailabilityDraft, closedDay: (date: string) => ClosedDay | null): DayPlan {
  const exception = draft.exceptions.find((candidate) => candidate.date === date);
  const closed = closedDay(date);
  const weekly = draft.weekly[weekdayOf(date)] ?? [];
  if (exception) return { kind: 'exception', exception, closed };
  if (closed) return { kind: 'closed-day', closed, weekly };
  return { kind: 'weekly', weekly };
}
