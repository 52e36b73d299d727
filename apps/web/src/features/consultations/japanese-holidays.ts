import holidayJp from '@holiday-jp/holiday_jp';
import { isYearEndClosure } from '@asaka/domain';

const publicHolidays = holidayJp.holidays as Readonly<Record<string, { name: string; name_en: string }>>;

/** Why consultations are closed on a date although the weekly hours would open it. */
export type ClosedDay = { kind: 'holiday'; name: { ja: string; en: string } } | { kind: 'year-end' };

/**
 * The same days the API closes (libs/server/consultations japanese-holidays.ts): Japanese public
 * holidays and 年末年始, unless an adviser's date exception opens them. Only the availability
 * editor loads this (the holiday table is large), to show advisers which days their weekly hours
 * will not open.
 */
export function closedDay(date: string): ClosedDay | null {
  const holiday = Object.hasOwn(publicHolidays, date) ? publicHolidays[date] : undefined;
  if (holiday) return { kind: 'holiday', name: { ja: holiday.name, en: holiday.name_en } };
  return isYearEndClosure(date) ? { kind: 'year-end' } : null;
}
