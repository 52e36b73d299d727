import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient } from './api-client-context';
import type { ApiError, QueryParams } from './client';

type ApiQueryOptions<T> = Omit<UseQueryOptions<T, ApiError>, 'queryKey' | 'queryFn'>;

/**
 * The pattern feature pages follow to read from the API:
 *
 *   const stores = useApiQuery<VacantStoreList>('/vacant-stores', { station: '朝霞台' });
 *   if (stores.error) return <p role="alert">{stores.error.message}</p>;
 *
 * The key holds the path, the query and the language: answers are localised, so switching
 * language fetches them again instead of showing the other language from the cache. TanStack
 * Query's abort signal is passed on, so leaving a page cancels its requests.
 */
export function useApiQuery<T>(path: string, query?: QueryParams, options?: ApiQueryOptions<T>): UseQueryResult<T, ApiError> {
  const client = useApiClient();
  const { i18n } = useTranslation();
  return useQuery<T, ApiError>({
    ...options,
    queryKey: ['api', path, query ?? {}, i18n.resolvedLanguage],
    queryFn: ({ signal }) => client.request<T>(path, { query, signal }),
  });
}
