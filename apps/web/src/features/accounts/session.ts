import type { MeResponse } from '@asaka/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useApiClient } from '../../api/api-client-context';
import { isApiError, type ApiError } from '../../api/client';

export const meQueryKey = ['me'] as const;

/**
 * Who is signed in: the profile, `null` when nobody is (the API's 401 is an answer here, not an
 * error), `undefined` while the first answer is on its way.
 */
export function useMe(): UseQueryResult<MeResponse | null, ApiError> {
  const client = useApiClient();
  return useQuery<MeResponse | null, ApiError>({
    queryKey: meQueryKey,
    queryFn: async ({ signal }) => {
      try {
        return await client.request<MeResponse>('/me', { signal });
      } catch (error) {
        if (isApiError(error) && error.statusCode === 401) return null;
        throw error;
      }
    },
  });
}

/**
 * After signing in or out: cached answers may have been someone else's view, so they go, and
 * ['me'] is fetched again (awaited, so the next page already knows who is signed in).
 */
export async function sessionChanged(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ queryKey: ['api'] });
  await queryClient.invalidateQueries({ queryKey: meQueryKey });
}

/**
 * Ends the session. A 401 means it had already ended (expired, or signed out in another tab),
 * which is what was asked for. `onSignedOut` runs before ['me'] is refreshed, so a page that needs
 * a signed-in person can move on before it notices nobody is.
 */
export function useSignOut(onSignedOut: () => void | Promise<void>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<void, ApiError>({
    mutationFn: async () => {
      try {
        await client.request<void>('/auth/logout', { method: 'POST' });
      } catch (error) {
        if (!(isApiError(error) && error.statusCode === 401)) throw error;
      }
    },
    onSuccess: async () => {
      await onSignedOut();
      queryClient.setQueryData(meQueryKey, null);
      await sessionChanged(queryClient);
    },
  });
}
