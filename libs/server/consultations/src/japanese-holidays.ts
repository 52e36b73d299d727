import holidayJp from '@holiday-jp/holiday_jp';
import { isYearEndClosure } from '@asaka/domain';

const publicHolidays = holidayJp.holidays as Readonly<Record<string, { name: string }>>;

/**
 * The days consultations are closed unless an adviser's date exception opens them: Japanese public
 * holidays (国民の祝日 and 振替休日, from @holiday-jp/holiday_jp) and 年末年始. A map lookup, since
 * listing slots asks it for every date of every adviser.
 */
export function isClosedDay(date: string): boolean {
  return Object.hasOwn(publicHolidays, date) || isYearEndClosure(date);
}
