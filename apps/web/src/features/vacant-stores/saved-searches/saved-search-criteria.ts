import type { SavedSearchAlert, VacantStoreSearchCriteriaInput, VacantStoreSearchCriteriaView } from '@asaka/contracts';
import type { TFunction } from 'i18next';
import type { Language } from '../../../i18n/i18n';
import { formatYen, stationLabel, allowedUseLabel } from '../format';
import { emptyFilters, nearFrom, nearParam, storeSearchParams, type StoreFilters } from '../search-filters';

/**
 * A saved search is the search page's filters (without sort and page) kept under a name. These
 * turn the address's filters into the criteria the API stores, the stored criteria back into a
 * search page address, and either into words people recognise (「朝霞台駅・飲食・月額300,000円まで」).
 *
 * Only types come from the contracts: the search page, which saves searches, does not load zod.
 */

/** The order the alert choices are offered in: the default first. */
export const savedSearchAlerts = ['immediate', 'daily', 'off'] as const satisfies readonly SavedSearchAlert[];
type Holds<T extends true> = T;
/** Fails to compile when the API learns an alert choice this page does not offer. */
export type EveryAlertOffered = Holds<[Exclude<SavedSearchAlert, (typeof savedSearchAlerts)[number]>] extends [never] ? true : false>;

/** The API's limit for a saved search's name (createSavedSearchSchema). */
export const savedSearchNameMaxLength = 60;

export const savedSearchesPath = '/account/saved-searches';

/** POST /api/saved-searches's criteria for the filters of the search page's address. */
export function criteriaOf(filters: StoreFilters): VacantStoreSearchCriteriaInput {
  const criteria: VacantStoreSearchCriteriaInput = {};
  const q = filters.q.trim();
  if (q) criteria.q = q;
  if (filters.station) criteria.station = filters.station;
  if (filters.use) criteria.use = filters.use;
  if (filters.minArea !== '') criteria.minArea = Number(filters.minArea);
  if (filters.maxArea !== '') criteria.maxArea = Number(filters.maxArea);
  if (filters.maxRent !== '') criteria.maxRent = Number(filters.maxRent);
  if (filters.near) criteria.near = nearParam(filters.near);
  return criteria;
}

/** Stored criteria as the search page's filters (sorted newest first, as a new search is). */
export function filtersOf(criteria: VacantStoreSearchCriteriaView): StoreFilters {
  const text = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    ...emptyFilters,
    q: criteria.q ?? '',
    station: criteria.station ?? '',
    use: criteria.use ?? '',
    minArea: text(criteria.minArea),
    maxArea: text(criteria.maxArea),
    maxRent: text(criteria.maxRent),
    near: nearFrom(criteria.near ?? null),
  };
}

/** The search page's address that runs a saved search again. */
export function searchHrefOf(criteria: VacantStoreSearchCriteriaView): string {
  return `/vacant-stores${storeSearchParams({ filters: filtersOf(criteria) })}`;
}

/** The filters in words, e.g. 「「カフェ」・朝霞台駅・飲食・30〜50m²・月額300,000円まで」; all stores when none is set. */
export function describeFilters(t: TFunction, filters: StoreFilters, language: Language): string {
  const parts: string[] = [];
  const q = filters.q.trim();
  if (q) parts.push(t('vacantStores.savedSearches.describe.q', { q }));
  if (filters.station) parts.push(t('vacantStores.savedSearches.describe.station', { station: stationLabel(t, filters.station) }));
  if (filters.use) parts.push(allowedUseLabel(t, filters.use));
  if (filters.minArea !== '' && filters.maxArea !== '') parts.push(t('vacantStores.savedSearches.describe.areaBetween', { min: filters.minArea, max: filters.maxArea }));
  else if (filters.minArea !== '') parts.push(t('vacantStores.savedSearches.describe.areaFrom', { min: filters.minArea }));
  else if (filters.maxArea !== '') parts.push(t('vacantStores.savedSearches.describe.areaTo', { max: filters.maxArea }));
  if (filters.maxRent !== '') parts.push(t('vacantStores.savedSearches.describe.maxRent', { amount: formatYen(Number(filters.maxRent), language) }));
  if (filters.near) parts.push(t('vacantStores.savedSearches.describe.near', { km: filters.near.km }));
  return parts.length > 0 ? parts.join(t('vacantStores.savedSearches.describe.separator')) : t('vacantStores.savedSearches.describe.all');
}

/** A name to start from: the filters in words, cut to the API's limit. */
export function suggestedName(t: TFunction, filters: StoreFilters, language: Language): string {
  let name = '';
  // Whole characters only: a cut never splits a surrogate pair.
  for (const character of describeFilters(t, filters, language)) {
    if (name.length + character.length > savedSearchNameMaxLength) break;
    name += character;
  }
  return name;
}

/** What is wrong with a name as typed, or null. Its length is counted as the API's schema counts it. */
export function nameProblem(t: TFunction, name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return t('vacantStores.savedSearches.problems.noName');
  if (trimmed.length > savedSearchNameMaxLength) return t('vacantStores.savedSearches.problems.nameTooLong', { max: savedSearchNameMaxLength });
  return null;
}
