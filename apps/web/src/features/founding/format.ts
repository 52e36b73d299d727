import { FOUNDING_AREAS, FOUNDING_BUSINESS_TYPE_LABELS, formatJapanDateTime, japanDateKey, type FoundingArea, type FoundingBusinessType } from '@asaka/domain';
import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/i18n';

/**
 * How the founding pathway and the founding reports read wherever they are shown: areas in the
 * order the rule names them, sessions in Japan time saying so, calendar dates as people write them.
 */

export const pathwayPath = '/founding/pathway';
export const myReportsPath = '/founding-reports';
export const newReportPath = '/founding-reports/new';
export const staffPathwayPath = '/staff/founding/pathway';
export const staffReportsPath = '/staff/founding/reports';
/** A report's page: the address the founding-report mail links to. */
export const reportPath = (id: string) => `/founding-reports/${encodeURIComponent(id)}`;
export const staffPersonPath = (userId: string) => `${staffPathwayPath}/${encodeURIComponent(userId)}`;

export function areaLabel(t: TFunction, area: FoundingArea): string {
  return t(`founding.areas.${area}`);
}

/** 「経営・財務」, in the order of the rule; 「なし」 for none. */
export function areasLabel(t: TFunction, areas: readonly FoundingArea[]): string {
  const named = FOUNDING_AREAS.filter((area) => areas.includes(area)).map((area) => areaLabel(t, area));
  return named.length > 0 ? named.join(t('founding.areas.separator')) : t('founding.areas.none');
}

/** A session's start: 「2026年12月1日(火) 10:00 (日本時間 JST)」, also on a device set to another zone. */
export function sessionTime(iso: string, language: Language): string {
  return formatJapanDateTime(new Date(iso), language);
}

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date (YYYY-MM-DD) as people write it: 「2026年5月12日」 / "12 May 2026". */
export function calendarDate(date: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return language === 'ja' ? `${year}年${month}月${day}日` : `${day} ${englishMonths[month - 1] ?? ''} ${year}`;
}

/** The Japan date of a moment, written as a calendar date: for the span of the sessions. */
export function japanDay(iso: string, language: Language): string {
  return calendarDate(japanDateKey(new Date(iso)), language);
}

export function businessTypeLabel(type: FoundingBusinessType, language: Language): string {
  return FOUNDING_BUSINESS_TYPE_LABELS[type][language];
}

/** 「2026年度（2026年4月〜2027年3月）」. */
export function fiscalYearLabel(t: TFunction, year: number): string {
  return t('founding.fiscalYear', { year, next: year + 1 });
}
