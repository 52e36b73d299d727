import type { VACANT_STORE_NEAR_MAX_KM, VacantStoreSearch } from '@asaka/contracts';
import { VACANT_STORE_STATIONS, VACANT_STORE_USES, type VacantStoreStation, type VacantStoreUse } from '@asaka/domain';
import type { QueryParams } from '../../api/client';

/**
 * The search keeps its filters, sort, page and view in the address, so a search can be shared and
 * bookmarked and the browser's back and forward buttons step through searches. These turn the
 * address into filters (anything the API would refuse is left out, so a mangled link still shows
 * stores), filters into an address, and filters into the API's query.
 *
 * Written by hand rather than with the contract's zod schema: the search page is the lightest of
 * the program's pages and does not load zod. The types below keep it in step with the contract.
 */

export const searchPageSize = 20;

export const storeSorts = ['newest', 'rent', 'area', 'distance'] as const satisfies readonly VacantStoreSearch['sort'][];
export type StoreSort = (typeof storeSorts)[number];
type Holds<T extends true> = T;
/** Fails to compile when the API learns a sort this page does not offer. */
export type EverySortOffered = Holds<[Exclude<VacantStoreSearch['sort'], StoreSort>] extends [never] ? true : false>;

/** The API's limit for `near` (checked against the contract's constant at compile time). */
export const nearMaxKm: typeof VACANT_STORE_NEAR_MAX_KM = 10;
/** The radii offered around a point, km. */
export const nearRadiusChoices = [0.5, 1, 2, 3, 5] as const;
export const defaultNearKm = 1;

/** Floor areas (m²) and monthly totals (円) offered as limits: the steps listings are compared in. */
export const areaChoices = [10, 15, 20, 30, 40, 50, 70, 100, 150] as const;
export const rentChoices = [50_000, 70_000, 100_000, 150_000, 200_000, 300_000, 500_000] as const;

export interface NearPoint {
  latitude: number;
  longitude: number;
  km: number;
}

export interface StoreFilters {
  q: string;
  station: VacantStoreStation | '';
  use: VacantStoreUse | '';
  /** m², as digits ('' for no limit) */
  minArea: string;
  maxArea: string;
  /** 円 a month, rent plus common charges */
  maxRent: string;
  sort: StoreSort;
  near: NearPoint | null;
}

export type StoreView = 'list' | 'map';

export interface StoreSearch {
  filters: StoreFilters;
  page: number;
  view: StoreView;
}

export const emptyFilters: StoreFilters = { q: '', station: '', use: '', minArea: '', maxArea: '', maxRent: '', sort: 'newest', near: null };

const isStation = (value: string): value is VacantStoreStation => VACANT_STORE_STATIONS.some((station) => station === value);
const isUse = (value: string): value is VacantStoreUse => VACANT_STORE_USES.some((use) => use === value);
const isSort = (value: string): value is StoreSort => storeSorts.some((sort) => sort === value);

/** A limit in the address: plain digits (and for areas two decimals) within the API's range. */
function limit(value: string | null, pattern: RegExp, max: number): string {
  const text = value?.trim() ?? '';
  return pattern.test(text) && Number(text) <= max ? String(Number(text)) : '';
}

const nearPattern = /^(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?),(\d{1,2}(?:\.\d+)?)$/;

/** `lat,lng,km` as the API takes it, or null when it is not one the API would accept. */
export function nearFrom(value: string | null): NearPoint | null {
  const match = nearPattern.exec(value?.trim() ?? '');
  if (!match) return null;
  const [latitude, longitude, km] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || km <= 0 || km > nearMaxKm) return null;
  return { latitude, longitude, km };
}

/** Five decimals of a degree are about a metre: enough for "around here", short in the address. */
export function nearParam(near: NearPoint): string {
  const round = (degrees: number) => String(Number(degrees.toFixed(5)));
  return `${round(near.latitude)},${round(near.longitude)},${near.km}`;
}

function pageFrom(value: string | null): number {
  return value && /^\d{1,6}$/.test(value) ? Math.max(1, Number(value)) : 1;
}

export function storeSearchFrom(params: URLSearchParams): StoreSearch {
  const station = params.get('station')?.trim() ?? '';
  const use = params.get('use')?.trim() ?? '';
  const sort = params.get('sort')?.trim() ?? '';
  const near = nearFrom(params.get('near'));
  const filters: StoreFilters = {
    q: params.get('q')?.trim().slice(0, 100) ?? '',
    station: isStation(station) ? station : '',
    use: isUse(use) ? use : '',
    minArea: limit(params.get('minArea'), /^\d{1,6}(\.\d{1,2})?$/, 100_000),
    maxArea: limit(params.get('maxArea'), /^\d{1,6}(\.\d{1,2})?$/, 100_000),
    maxRent: limit(params.get('maxRent'), /^\d{1,9}$/, 100_000_000),
    // Distance needs a point to measure from.
    sort: isSort(sort) && (sort !== 'distance' || near) ? sort : 'newest',
    near,
  };
  return { filters, page: pageFrom(params.get('page')), view: params.get('view') === 'map' ? 'map' : 'list' };
}

/** The address's query for a search: what is not set is left out, so equal searches have equal addresses. */
export function storeSearchParams({ filters, page = 1, view = 'list' }: { filters: StoreFilters; page?: number; view?: StoreView }): string {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  for (const key of ['station', 'use', 'minArea', 'maxArea', 'maxRent'] as const) {
    if (filters[key] !== '') params.set(key, filters[key]);
  }
  if (filters.near) params.set('near', nearParam(filters.near));
  if (filters.sort !== 'newest' && (filters.sort !== 'distance' || filters.near)) params.set('sort', filters.sort);
  if (view === 'map') params.set('view', 'map');
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** GET /api/vacant-stores's query for a search. */
export function storeSearchQuery({ filters, page }: StoreSearch): QueryParams {
  const orUndefined = (value: string) => (value === '' ? undefined : value);
  return {
    q: orUndefined(filters.q),
    station: orUndefined(filters.station),
    use: orUndefined(filters.use),
    minArea: orUndefined(filters.minArea),
    maxArea: orUndefined(filters.maxArea),
    maxRent: orUndefined(filters.maxRent),
    near: filters.near ? nearParam(filters.near) : undefined,
    sort: filters.sort,
    page,
    pageSize: searchPageSize,
  };
}

export type FilterProblem = 'areaRange';

/** What the API would refuse in filters chosen in the form (the lists offer nothing else). */
export function filterProblems(filters: StoreFilters): Partial<Record<'maxArea', FilterProblem>> {
  if (filters.minArea !== '' && filters.maxArea !== '' && Number(filters.maxArea) < Number(filters.minArea)) return { maxArea: 'areaRange' };
  return {};
}
