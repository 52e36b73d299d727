import { z } from 'zod';
import { VACANT_STORE_STATIONS, VACANT_STORE_USES } from '@asaka/domain';
import type { VacantStoreSearchCriteria } from '@asaka/domain';
import { isoDateTimeSchema, pageOf } from './common';
import { vacantStoreSearchSchema } from './vacant-stores';

/**
 * Saved searches: a signed-in person keeps the filters of a search page and is mailed when a
 * matching listing is published, at once or in the next morning's digest. Vacant stores are the
 * first kind; job openings join later with their own criteria.
 */
export const SAVED_SEARCH_KINDS = ['vacant-store'] as const;
export type SavedSearchKind = (typeof SAVED_SEARCH_KINDS)[number];

/** off: kept for re-running only · immediate: a mail per new match · daily: one digest at 08:00 Japan time. */
export const SAVED_SEARCH_ALERTS = ['off', 'immediate', 'daily'] as const;
export type SavedSearchAlert = (typeof SAVED_SEARCH_ALERTS)[number];

/** How many searches one person may keep (409 SAVED_SEARCH_LIMIT beyond). */
export const SAVED_SEARCHES_PER_PERSON = 20;

const filters = vacantStoreSearchSchema.shape;

/** The public search's filters without paging and sort, validated exactly as the search page validates them. */
export const vacantStoreSearchCriteriaSchema = z
  .strictObject({
    q: filters.q,
    station: filters.station,
    minArea: filters.minArea,
    maxArea: filters.maxArea,
    maxRent: filters.maxRent,
    use: filters.use,
    near: filters.near,
  })
  .refine((criteria) => criteria.minArea === undefined || criteria.maxArea === undefined || criteria.minArea <= criteria.maxArea, {
    message: '面積の上限は下限以上にしてください / maxArea must not be below minArea',
    path: ['maxArea'],
  });
export type VacantStoreSearchCriteriaInput = z.input<typeof vacantStoreSearchCriteriaSchema>;
export type ParsedVacantStoreSearchCriteria = z.output<typeof vacantStoreSearchCriteriaSchema>;

// A filter added to the search page must be saved too (and matched by vacantStoreMatchesSearch):
// these fail to compile when the two lists drift apart.
type SearchFilterKey = Exclude<keyof typeof filters, 'page' | 'pageSize' | 'sort'>;
type SavedFilterKey = keyof ParsedVacantStoreSearchCriteria;
const _everyFilterSaved: [SearchFilterKey] extends [SavedFilterKey] ? ([SavedFilterKey] extends [SearchFilterKey] ? true : never) : never = true;
const _matchedByTheDomain = (criteria: ParsedVacantStoreSearchCriteria): VacantStoreSearchCriteria => criteria;

/** The criteria as stored and shown: the form a search page's URL takes (`near` as "lat,lng,km"). */
export const vacantStoreSearchCriteriaViewSchema = z.object({
  q: z.string().optional(),
  station: z.enum(VACANT_STORE_STATIONS).optional(),
  minArea: z.number().optional(),
  maxArea: z.number().optional(),
  maxRent: z.int().optional(),
  use: z.enum(VACANT_STORE_USES).optional(),
  near: z.string().optional().describe('"lat,lng,km"'),
});
export type VacantStoreSearchCriteriaView = z.infer<typeof vacantStoreSearchCriteriaViewSchema>;

/** Parsed criteria back to their stored form; an empty `q` is dropped, so "no filter" has one spelling. */
export function vacantStoreSearchCriteriaView(criteria: ParsedVacantStoreSearchCriteria): VacantStoreSearchCriteriaView {
  const { near, q, ...rest } = criteria;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as VacantStoreSearchCriteriaView;
  return { ...(q ? { q } : {}), ...defined, ...(near ? { near: `${near.latitude},${near.longitude},${near.km}` } : {}) };
}

const name = z.string().trim().min(1).max(60).describe('How the person calls this search, e.g. 朝霞台 飲食 20万円まで');

export const createSavedSearchSchema = z.strictObject({
  kind: z.enum(SAVED_SEARCH_KINDS),
  name,
  criteria: vacantStoreSearchCriteriaSchema,
  alert: z.enum(SAVED_SEARCH_ALERTS).default('immediate'),
});
export type CreateSavedSearch = z.input<typeof createSavedSearchSchema>;
export type CreateSavedSearchInput = z.output<typeof createSavedSearchSchema>;

/** Any of name, criteria and alert; the kind never changes. */
export const updateSavedSearchSchema = z.strictObject({
  name: name.optional(),
  criteria: vacantStoreSearchCriteriaSchema.optional(),
  alert: z.enum(SAVED_SEARCH_ALERTS).optional(),
});
export type UpdateSavedSearch = z.infer<typeof updateSavedSearchSchema>;

export const savedSearchSchema = z.object({
  id: z.uuid(),
  kind: z.enum(SAVED_SEARCH_KINDS),
  name: z.string(),
  criteria: vacantStoreSearchCriteriaViewSchema,
  alert: z.enum(SAVED_SEARCH_ALERTS),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type SavedSearch = z.infer<typeof savedSearchSchema>;

export const savedSearchListSchema = pageOf(savedSearchSchema);
export type SavedSearchList = z.infer<typeof savedSearchListSchema>;

export const savedSearchListQuerySchema = z.strictObject({ kind: z.enum(SAVED_SEARCH_KINDS).optional() });
export type SavedSearchListQuery = z.infer<typeof savedSearchListQuerySchema>;
