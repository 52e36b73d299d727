import { NOTIFICATION_STATUSES, type DeliveryLogQuery } from '@asaka/contracts';
import type { QueryParams } from '../../api/client';
import { isCalendarDate, startOfJapanDay, startOfNextJapanDay } from '../../ui/japan-time';

/**
 * The staff lists keep their filters and page in the address, so a filtered list can be
 * bookmarked, shared with a colleague, and gone back to with the browser's back button. These turn
 * the address into the form's values and the API's query, and the form's values into an address.
 */

export const staffPageSize = 20;

/** The page number in the address: a positive whole number, else the first page. */
export function pageFrom(params: URLSearchParams): number {
  const value = params.get('page');
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}

/** The address's query for these filters: empty ones left out, the page only when not the first. */
export function searchFor(filters: Readonly<Record<string, string>>, page = 1): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    const trimmed = value.trim();
    if (trimmed !== '') params.set(name, trimmed);
  }
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

function read<K extends string>(params: URLSearchParams, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, params.get(key)?.trim() ?? ''])) as Record<K, string>;
}

const orUndefined = (value: string) => (value === '' ? undefined : value);

// Users ---------------------------------------------------------------------------------------

export const userFilterKeys = ['q'] as const;
export type UserFilters = Record<(typeof userFilterKeys)[number], string>;

export function userFiltersFrom(params: URLSearchParams): UserFilters {
  return read(params, userFilterKeys);
}

export function userQuery(filters: UserFilters, page: number): QueryParams {
  return { q: orUndefined(filters.q), page, pageSize: staffPageSize };
}

// Audit log -----------------------------------------------------------------------------------

export const auditFilterKeys = ['action', 'targetType', 'targetId', 'actorUserId', 'from', 'to'] as const;
export type AuditFilterKey = (typeof auditFilterKeys)[number];
export type AuditFilters = Record<AuditFilterKey, string>;

export function auditFiltersFrom(params: URLSearchParams): AuditFilters {
  return read(params, auditFilterKeys);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AuditFilterProblem = 'actorNotUuid' | 'fromNotDate' | 'toNotDate' | 'toBeforeFrom';

/** What the API would refuse in these filters, by field; checked before they go into the address. */
export function auditFilterProblems(filters: AuditFilters): Partial<Record<AuditFilterKey, AuditFilterProblem>> {
  const problems: Partial<Record<AuditFilterKey, AuditFilterProblem>> = {};
  if (filters.actorUserId && !uuidPattern.test(filters.actorUserId)) problems.actorUserId = 'actorNotUuid';
  if (filters.from && !isCalendarDate(filters.from)) problems.from = 'fromNotDate';
  if (filters.to && !isCalendarDate(filters.to)) problems.to = 'toNotDate';
  else if (filters.from && filters.to && !problems.from && filters.to < filters.from) problems.to = 'toBeforeFrom';
  return problems;
}

/**
 * The API's query: the dates of the form (Japan time, both days included) become the API's
 * instants, `from` the start of its day and `to` the start of the day after.
 */
export function auditQuery(filters: AuditFilters, page: number): QueryParams {
  return {
    action: orUndefined(filters.action),
    targetType: orUndefined(filters.targetType),
    targetId: orUndefined(filters.targetId),
    actorUserId: orUndefined(filters.actorUserId),
    from: filters.from && isCalendarDate(filters.from) ? startOfJapanDay(filters.from) : orUndefined(filters.from),
    to: filters.to && isCalendarDate(filters.to) ? startOfNextJapanDay(filters.to) : orUndefined(filters.to),
    page,
    pageSize: staffPageSize,
  };
}

// Delivery log --------------------------------------------------------------------------------

export const deliveryFilterKeys = ['recipient', 'template', 'status'] as const;
export type DeliveryFilters = Record<(typeof deliveryFilterKeys)[number], string>;
export type DeliveryStatus = NonNullable<DeliveryLogQuery['status']>;

export function isDeliveryStatus(value: string): value is DeliveryStatus {
  return NOTIFICATION_STATUSES.some((status) => status === value);
}

export function deliveryFiltersFrom(params: URLSearchParams): DeliveryFilters {
  const filters = read(params, deliveryFilterKeys);
  // A status the API does not know would only make it refuse the whole list.
  return { ...filters, status: isDeliveryStatus(filters.status) ? filters.status : '' };
}

export function deliveryQuery(filters: DeliveryFilters, page: number): QueryParams {
  return {
    recipient: orUndefined(filters.recipient),
    template: orUndefined(filters.template),
    status: orUndefined(filters.status),
    page,
    pageSize: staffPageSize,
  };
}
