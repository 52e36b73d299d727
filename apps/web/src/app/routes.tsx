import type { RouteObject } from 'react-router';
import { accountRoutes } from '../features/accounts';
import { consultationRoutes } from '../features/consultations';
import { eventRoutes } from '../features/events';
import { foundingRoutes } from '../features/founding';
import { notificationRoutes } from '../features/notifications';
import { organizationRoutes } from '../features/organizations';
import { staffRoutes } from '../features/staff';
import { vacantStoreRoutes } from '../features/vacant-stores';
import { PageLoading } from '../ui/page-loading';
import { AppLayout } from './app-layout';
import { HomePage } from './home.page';
import { NotFoundPage } from './not-found.page';
import { RouteErrorPage } from './route-error.page';

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // Inside the layout, so a failing page still shows the header, the language switch and
        // the way back home.
        errorElement: <RouteErrorPage />,
        // Shown in main, under the header, while a page loaded on demand arrives on a first visit.
        hydrateFallbackElement: <PageLoading />,
        children: [
          { index: true, element: <HomePage /> },
          ...accountRoutes,
          ...organizationRoutes,
          ...notificationRoutes,
          ...staffRoutes,
          ...vacantStoreRoutes,
          ...consultationRoutes,
          ...eventRoutes,
          ...foundingRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
