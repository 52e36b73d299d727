import type { QueryClient } from '@tanstack/react-query';

const foundingPaths = ['/founding-reports', '/me/founding-reports', '/founding-pathway', '/me/founding-pathway', '/consultations/stats'];

/**
 * Every cached answer about founding reports, the pathway and the program's counts: after a
 * report is sent, corrected, confirmed or sent back, every list, page and figure shows it.
 */
export function forgetFounding(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] === 'api' && foundingPaths.some((path) => String(query.queryKey[1]).startsWith(path)),
  });
}
