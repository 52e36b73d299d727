import { STORE_INQUIRY_LET_STATUSES, fiscalYearOf } from '@asaka/domain';

/**
 * The staff match page keeps its fiscal year and status filter in the address (as the other staff
 * lists do), so a count can be bookmarked or sent to a colleague.
 */

export type LetStatus = (typeof STORE_INQUIRY_LET_STATUSES)[number];

/** How many past fiscal years the selector offers besides the current one. */
const pastYears = 4;

export interface MatchFilters {
  fiscalYear: number;
  status: LetStatus | '';
}

export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(now);
}

export function matchFiltersFrom(params: URLSearchParams, now: Date = new Date()): MatchFilters {
  const year = params.get('fiscalYear') ?? '';
  const status = params.get('status') ?? '';
  return {
    // The API takes 2000–2100; anything else in the address means the current year.
    fiscalYear: /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100 ? Number(year) : currentFiscalYear(now),
    status: STORE_INQUIRY_LET_STATUSES.find((known) => known === status) ?? '',
  };
}

/** The fiscal years offered, newest first: the current one and a few before, plus the one asked for. */
export function fiscalYearChoices(selected: number, now: Date = new Date()): number[] {
  const current = currentFiscalYear(now);
  const years = Array.from({ length: pastYears + 1 }, (_, index) => current - index);
  return years.includes(selected) ? years : [...years, selected].sort((a, b) => b - a);
}

/** The address's query: the current fiscal year and "all statuses" are left out, as is the first page. */
export function matchSearchFor(filters: MatchFilters, page = 1, now: Date = new Date()): string {
  const params = new URLSearchParams();
  if (filters.fiscalYear !== currentFiscalYear(now)) params.set('fiscalYear', String(filters.fiscalYear));
  if (filters.status) params.set('status', filters.status);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}
