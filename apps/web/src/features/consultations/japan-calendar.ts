import { formatConsultationTime, formatJapanDateTime as formatJapanInstant, japanDateKey, toJapanDateParts } from '@asaka/domain';
import type { Language } from '../../i18n/i18n';

/**
 * Dates and times of consultations as people in Asaka read them: the calendar is Japan's, whatever
 * zone the device is set to (someone abroad booking a session in Asaka sees 10:00, not 02:00), and
 * a time that stands alone says its zone. Dates are `YYYY-MM-DD` strings of the Japan calendar, so
 * adding days never crosses a daylight-saving change.
 */

const WEEKDAYS: Record<Language, readonly string[]> = {
  ja: ['日', '月', '火', '水', '木', '金', '土'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function partsOf(date: string): [number, number, number] {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

/** Today's date in Japan. */
export function japanToday(now: Date = new Date()): string {
  return japanDateKey(now);
}

/** The date (Japan calendar) of an API time such as `2025-12-01T10:00:00+09:00`. */
export function japanDateOf(iso: string): string {
  return japanDateKey(new Date(iso));
}

/** Whether `value` is a real date written YYYY-MM-DD. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = partsOf(value);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = partsOf(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, as the weekly rules count. */
export function weekdayOf(date: string): number {
  const [year, month, day] = partsOf(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The Monday of the week `date` is in: weeks run Monday to Sunday, as the city's office week does. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** 「12月1日(火)」 / "Tue 1 Dec". */
export function dayLabel(date: string, language: Language): string {
  const [, month, day] = partsOf(date);
  const weekday = WEEKDAYS[language][weekdayOf(date)];
  return language === 'ja' ? `${month}月${day}日(${weekday})` : `${weekday} ${day} ${MONTHS_EN[month - 1]}`;
}

/** 'HH:MM' in Japan time. */
export function clockOf(iso: string): string {
  const parts = toJapanDateParts(new Date(iso));
  return `${pad(parts.hour)}:${pad(parts.minute)}`;
}

/** 「10:00〜11:00」 / "10:00–11:00", without the date or the zone (the surrounding text gives them). */
export function timeRange(startIso: string, endIso: string, language: Language): string {
  return `${clockOf(startIso)}${language === 'ja' ? '〜' : '–'}${clockOf(endIso)}`;
}

/** The whole time of a session with its zone, as in the mails: 「2025年12月1日(月) 10:00〜11:00 (日本時間 JST)」. */
export function sessionTime(startIso: string, endIso: string, language: Language): string {
  return formatConsultationTime(new Date(startIso), new Date(endIso), language);
}

/** One moment with its zone (a deadline): 「2025年11月30日(日) 10:00 (日本時間 JST)」. */
export function japanMoment(iso: string, language: Language): string {
  return formatJapanInstant(new Date(iso), language);
}

/** The end of a session that starts at `startIso` and lasts `minutes`, as the API writes times. */
export function plusMinutes(startIso: string, minutes: number): string {
  const end = new Date(new Date(startIso).getTime() + minutes * 60_000);
  const parts = toJapanDateParts(end);
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}+09:00`;
}
