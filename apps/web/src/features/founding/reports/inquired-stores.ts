import type { StoreInquiryPage } from '@asaka/contracts';
import { useApiQuery } from '../../../api/use-api-query';

export interface StoreChoice {
  id: string;
  title: string;
}

/** The API's largest page: more inquiries than this by one person would be a great many. */
const inquiryPageSize = 100;

/**
 * The vacant stores the person inquired about as a seeker (the API accepts only those in a
 * report), each once, the latest inquiry first. `current` keeps the store a report already names
 * among the choices even if its inquiry is no longer on the first page.
 */
export function useInquiredStores(current: StoreChoice | null = null): { stores: StoreChoice[]; isLoading: boolean } {
  const inquiries = useApiQuery<StoreInquiryPage>('/inquiries', { page: 1, pageSize: inquiryPageSize });
  const stores: StoreChoice[] = [];
  for (const inquiry of inquiries.data?.items ?? []) {
    if (inquiry.mySide === 'seeker' && !stores.some((store) => store.id === inquiry.vacantStoreId)) stores.push({ id: inquiry.vacantStoreId, title: inquiry.storeTitle });
  }
  if (current && !stores.some((store) => store.id === current.id)) stores.push(current);
  return { stores, isLoading: inquiries.isPending };
}
