import { distanceKm } from './geo';
import { parseSearchQuery } from './search-text';
import { vacantStoreMonthlyTotalYen } from './vacant-store';

/**
 * Whether a store answers a saved search: the public search's filters, decided for one store in
 * memory. A saved search is checked when a store is published, so a person is alerted about
 * exactly the stores the same filters would list on the search page.
 */
export interface VacantStoreSearchCriteria {
  /** Free text: every word must be in the listing's folded text. */
  q?: string;
  station?: string;
  /** m², inclusive. */
  minArea?: number;
  maxArea?: number;
  /** Rent plus common charges, 円, inclusive. */
  maxRent?: number;
  use?: string;
  /** Within `km` (straight line) of a point; a store without a position never matches. */
  near?: { latitude: number; longitude: number; km: number };
}

export interface SearchableVacantStore {
  /** The listing's stored search text (normalizeSearchText of its title, 町名, previous use and description). */
  searchText: string;
  station: string;
  floorAreaSquareMetres: number;
  monthlyRentYen: number;
  commonChargesYen: number;
  allowedUses: readonly string[];
  latitude: number | null;
  longitude: number | null;
}

/**
 * The search runs free text in two steps (the bigram index finds candidates, then each word must
 * be in the text). Here the second step alone decides: a word without spaces that is inside the
 * text lies inside one of its words, so all of its bigrams are among the text's bigrams.
 */
function textMatches(searchText: string, q: string | undefined): boolean {
  if (!q) return true;
  return parseSearchQuery(q).words.every((word) => searchText.includes(word));
}

export function vacantStoreMatchesSearch(store: SearchableVacantStore, criteria: VacantStoreSearchCriteria): boolean {
  if (!textMatches(store.searchText, criteria.q)) return false;
  if (criteria.station !== undefined && store.station !== criteria.station) return false;
  if (criteria.minArea !== undefined && store.floorAreaSquareMetres < criteria.minArea) return false;
  if (criteria.maxArea !== undefined && store.floorAreaSquareMetres > criteria.maxArea) return false;
  if (criteria.maxRent !== undefined && vacantStoreMonthlyTotalYen(store.monthlyRentYen, store.commonChargesYen) > criteria.maxRent) return false;
  if (criteria.use !== undefined && !store.allowedUses.includes(criteria.use)) return false;
  if (criteria.near !== undefined) {
    if (store.latitude === null || store.longitude === null) return false;
    if (distanceKm(criteria.near, { latitude: store.latitude, longitude: store.longitude }) > criteria.near.km) return false;
  }
  return true;
}
