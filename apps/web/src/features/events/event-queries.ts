import type { QueryClient } from '@tanstack/react-query';

const eventPaths = ['/events', '/me/event-registrations', '/event-registrations'];

/**
 * Every cached answer about events and registrations: after a registration, a cancellation, a
 * check-in or a staff change, every list and page shows the new seats and statuses.
 */
export function forgetEvents(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] === 'api' && eventPaths.some((path) => String(query.queryKey[1]).startsWith(path)),
  });
}
