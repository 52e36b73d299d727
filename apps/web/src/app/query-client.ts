import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client';

const maxRetries = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer (not found, forbidden, validation, rate limited) will not change on its own;
        // retrying only delays the message and, for 429, makes it worse.
        retry: (failureCount, error) =>
          !(isApiError(error) && error.statusCode >= 400 && error.statusCode < 500) && failureCount < maxRetries,
      },
    },
  });
}
