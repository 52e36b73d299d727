import { RouterProvider, type RouterProviderProps } from 'react-router';
import { AppProviders, type AppServices } from './providers';

/** The whole app; the router is passed in so tests can use a memory router over the same routes. */
export function App({ services, router }: { services: AppServices; router: RouterProviderProps['router'] }) {
  return (
    <AppProviders services={services}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
