import { EVENT_KINDS, japanDateKey, type EventKind } from '@asaka/domain';
import type { QueryParams } from '../../api/client';

/**
 * The events list keeps its filters in the address (kind, month, page), so a list of job fairs
 * can be linked from the home page and bookmarked. Without a month it shows what is still to come.
 */
export interface EventListFilters {
  kind: EventKind | '';
  /** YYYY-MM, Japan calendar. */
  month: string;
}

export const eventListPageSize = 20;
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isEventKind(value: string): value is EventKind {
  return EVENT_KINDS.some((kind) => kind === value);
}

export function eventFiltersFrom(params: URLSearchParams): EventListFilters {
  const kind = params.get('kind') ?? '';
  const month = params.get('month') ?? '';
  return { kind: isEventKind(kind) ? kind : '', month: monthPattern.test(month) ? month : '' };
}

export function eventPageFrom(params: URLSearchParams): number {
  const value = params.get('page');
  return value && /^\d{1,6}$/.test(value) ? Math.max(1, Number(value)) : 1;
}

/** The address of a list: empty filters left out, the page only when not the first. */
export function eventListHref(filters: EventListFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.month) params.set('month', filters.month);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return `/events${search ? `?${search}` : ''}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month, as YYYY-MM-DD. */
function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate())}`;
}

/** The API's query: a month is its first to last day; no month is from today (Japan) on. */
export function eventListQuery(filters: EventListFilters, page: number, now: Date): QueryParams {
  const range = filters.month ? { from: `${filters.month}-01`, to: lastDayOf(filters.month) } : { from: japanDateKey(now), to: undefined };
  return { kind: filters.kind || undefined, ...range, page, pageSize: eventListPageSize };
}

/** The months offered: this one (Japan) and the eleven after it, plus the one in the address if another. */
export function monthChoices(now: Date, current: string): string[] {
  const [year, month] = japanDateKey(now).split('-').map(Number) as [number, number];
  const months = Array.from({ length: 12 }, (_, offset) => {
    const date = new Date(Date.UTC(year, month - 1 + offset, 1));
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
  });
  return current && !months.includes(current) ? [current, ...months].sort() : months;
}
