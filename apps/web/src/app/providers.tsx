import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiClientProvider } from '../api/api-client-context';
import { createApiClient, type ApiClient } from '../api/client';
import { createI18n, currentLanguage } from '../i18n/i18n';
import { createQueryClient } from './query-client';

/** Everything the app holds for its lifetime, created once in main.tsx and anew in each test. */
export interface AppServices {
  i18n: I18n;
  queryClient: QueryClient;
  apiClient: ApiClient;
}

/** `overrides` lets a test put a fake API in place of the real client (the app never mocks fetch). */
export function createAppServices(overrides: Partial<Pick<AppServices, 'apiClient'>> = {}): AppServices {
  const i18n = createI18n();
  return {
    i18n,
    queryClient: createQueryClient(),
    apiClient: overrides.apiClient ?? createApiClient({ getLanguage: () => currentLanguage(i18n) }),
  };
}

export function AppProviders({ services, children }: { services: AppServices; children: ReactNode }) {
  return (
    <I18nextProvider i18n={services.i18n}>
      <QueryClientProvider client={services.queryClient}>
        <ApiClientProvider client={services.apiClient}>{children}</ApiClientProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
