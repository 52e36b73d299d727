import { vacantStoreSearchCriteriaSchema } from '@asaka/contracts';
import type { VacantStoreSearchCriteriaView } from '@asaka/contracts';
import type { VacantStoreSearchCriteria } from '@asaka/domain';

/**
 * Stored criteria (the URL form, `near` as "lat,lng,km") read back through the same schema the
 * search page uses. Null when they no longer pass it (a filter's rules tightened since they were
 * saved): such a search is left out of alerts rather than matched on half its filters.
 */
export function parseStoredVacantStoreCriteria(stored: VacantStoreSearchCriteriaView): VacantStoreSearchCriteria | null {
  const parsed = vacantStoreSearchCriteriaSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
