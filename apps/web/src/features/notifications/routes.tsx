import type { RouteObject } from 'react-router';

export const notificationRoutes: RouteObject[] = [
  { path: 'unsubscribe', lazy: async () => ({ Component: (await import('./unsubscribe.page')).UnsubscribePage }) },
];
