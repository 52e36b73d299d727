import type { Locale } from './locale';

/**
 * The founding report (開業の報告, plan 5-2): an entrepreneur tells the city that the business was
 * founded (the date of the 開業届 or the company's registration); staff check it and confirm it.
 * Confirmed reports count for 「市の支援を受けて起業した件数」.
 */
export const FOUNDING_BUSINESS_TYPES = ['sole-proprietorship', 'corporation'] as const;
export type FoundingBusinessType = (typeof FOUNDING_BUSINESS_TYPES)[number];
export const FOUNDING_BUSINESS_TYPE_LABELS: Record<FoundingBusinessType, Record<Locale, string>> = {
  'sole-proprietorship': { ja: '個人事業', en: 'Sole proprietorship' },
  corporation: { ja: '法人', en: 'Corporation' },
};

/** `submitted` until staff decide; a `rejected` one is corrected by the person and goes back to `submitted`. */
export const FOUNDING_REPORT_STATUSES = ['submitted', 'confirmed', 'rejected'] as const;
export type FoundingReportStatus = (typeof FOUNDING_REPORT_STATUSES)[number];

export const FOUNDING_REPORT_ACTIONS = ['edit', 'confirm', 'reject'] as const;
export type FoundingReportAction = (typeof FOUNDING_REPORT_ACTIONS)[number];
/** The person who reported the founding, or staff. */
export type FoundingReportActor = 'person' | 'staff';

/**
 * The moves of a report. The person corrects it while it waits or after it was turned down (a
 * correction of a rejected one is its resubmission); staff confirm or reject what was submitted.
 * A confirmed report is final: it has been counted.
 */
export function nextFoundingReportStatus(status: FoundingReportStatus, action: FoundingReportAction, actor: FoundingReportActor): FoundingReportStatus | null {
  if (action === 'edit') return actor === 'person' && (status === 'submitted' || status === 'rejected') ? 'submitted' : null;
  if (actor !== 'staff' || status !== 'submitted') return null;
  return action === 'confirm' ? 'confirmed' : 'rejected';
}

/** The buttons to show these actors now. */
export function foundingReportActions(status: FoundingReportStatus, actors: readonly FoundingReportActor[]): FoundingReportAction[] {
  return FOUNDING_REPORT_ACTIONS.filter((action) => actors.some((actor) => nextFoundingReportStatus(status, action, actor) !== null));
}

/** A founding reported is at most this old: 創業後5年以内, as the consultations' intake counts it. */
export const FOUNDING_REPORT_MAX_AGE_YEARS = 5;

/** What is wrong with a founding date (YYYY-MM-DD in Japan) given today's date there, or null. */
export function foundedOnProblem(foundedOn: string, today: string): 'in-future' | 'too-long-ago' | null {
  if (foundedOn > today) return 'in-future';
  const earliest = `${String(Number(today.slice(0, 4)) - FOUNDING_REPORT_MAX_AGE_YEARS).padStart(4, '0')}${today.slice(4)}`;
  return foundedOn < earliest ? 'too-long-ago' : null;
}

/**
 * 「市の支援を受けて起業した件数」 counts a founding in the fiscal year (April–March) of its date, not
 * of the staff confirmation: the indicator is how many businesses were founded that year, and a
 * founding in March reported in May still belongs to the year it happened.
 */
export function foundingFiscalYear(foundedOn: string): number {
  const year = Number(foundedOn.slice(0, 4));
  const month = Number(foundedOn.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/** The first and last dates of a fiscal year, both included: 2026 → 2026-04-01 … 2027-03-31. */
export function fiscalYearDates(fiscalYear: number): { first: string; last: string } {
  return { first: `${String(fiscalYear).padStart(4, '0')}-04-01`, last: `${String(fiscalYear + 1).padStart(4, '0')}-03-31` };
}
