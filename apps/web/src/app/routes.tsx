import type { RouteObject } from 'react-router';
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
        children: [
          { index: true, element: <HomePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
