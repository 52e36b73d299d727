import { toJapanDateParts } from '@asaka/domain';
import type { Language } from '../i18n/i18n';

const pad = (n: number) => String(n).padStart(2, '0');
const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A moment as Japan time, whatever the device's time zone: "2025年6月2日 10:00:05" or
 * "2 Jun 2025, 10:00:05". The zone is named by the column or label it appears under. Anything
 * that is not a date is shown as it came.
 */
export function formatJapanDateTime(iso: string, language: Language): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const { year, month, day, hour, minute, second } = toJapanDateParts(instant);
  const time = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
  return language === 'ja' ? `${year}年${month}月${day}日 ${time}` : `${day} ${englishMonths[month - 1]} ${year}, ${time}`;
}

/** A calendar date (YYYY-MM-DD) as the start of that day in Japan time, the API's time format. */
export function startOfJapanDay(date: string): string {
  return `${date}T00:00:00+09:00`;
}

/** The start of the day after `date` (YYYY-MM-DD) in Japan time: the exclusive end of a range that includes `date`. */
export function startOfNextJapanDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}T00:00:00+09:00`;
}

/** Whether `value` is a real calendar date written YYYY-MM-DD (what a date input gives). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
