import './dom-polyfills';
import { act, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { createMemoryRouter } from 'react-router';
import { App } from '../app/app';
import { createAppServices } from '../app/providers';
import { appRoutes } from '../app/routes';

/**
 * The whole app, with its real API client, at `path`, once the page (loaded on demand) is there;
 * returns the router to read where it went. `strict` renders it as main.tsx does in development,
 * effects run twice.
 */
export async function renderAppAt(path: string, { strict = false } = {}) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const services = createAppServices();
  const app = <App services={services} router={router} />;
  const view = render(strict ? <StrictMode>{app}</StrictMode> : app);
  await act(async () => {
    if (router.state.initialized) return;
    await new Promise<void>((resolve) => {
      const unsubscribe = router.subscribe((state) => {
        if (!state.initialized) return;
        unsubscribe();
        resolve();
      });
    });
  });
  return { ...view, router, services };
}
