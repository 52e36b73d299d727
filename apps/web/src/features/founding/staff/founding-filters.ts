import { FOUNDING_REPORT_STATUSES, fiscalYearOf, type FoundingReportStatus } from '@asaka/domain';

/**
 * The staff founding pages keep their filters in the address, as the other staff lists do, so a
 * list or a year's figures can be bookmarked and sent to a colleague.
 */

export type QualifiedFilter = '' | 'true' | 'false';

export function qualifiedFrom(params: URLSearchParams): QualifiedFilter {
  const value = params.get('qualified');
  return value === 'true' || value === 'false' ? value : '';
}

export function reportStatusFrom(params: URLSearchParams): FoundingReportStatus | '' {
  const value = params.get('status') ?? '';
  return FOUNDING_REPORT_STATUSES.find((status) => status === value) ?? '';
}

export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(now);
}

/** The fiscal year in the address (the API takes 2000–2100), else the current one. */
export function fiscalYearFrom(params: URLSearchParams, now: Date = new Date()): number {
  const year = params.get('fiscalYear') ?? '';
  return /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100 ? Number(year) : currentFiscalYear(now);
}

/** How many past fiscal years the selector offers besides the current one. */
const pastYears = 4;

/** The fiscal years offered, newest first: the current one and a few before, plus the one asked for. */
export function fiscalYearChoices(selected: number, now: Date = new Date()): number[] {
  const current = currentFiscalYear(now);
  const years = Array.from({ length: pastYears + 1 }, (_, index) => current - index);
  return years.includes(selected) ? years : [...years, selected].sort((a, b) => b - a);
}

/** The address's query: the current fiscal year and empty filters left out, as is the first page. */
export function reportsSearchFor(filters: { status: string; fiscalYear: number }, page = 1, now: Date = new Date()): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.fiscalYear !== currentFiscalYear(now)) params.set('fiscalYear', String(filters.fiscalYear));
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}
