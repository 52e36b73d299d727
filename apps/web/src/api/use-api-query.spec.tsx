import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createQueryClient } from '../app/query-client';
import { createI18n } from '../i18n/i18n';
import { ApiClientProvider } from './api-client-context';
import { ApiError, type ApiClient } from './client';
import { useApiQuery } from './use-api-query';

function EventCount() {
  const events = useApiQuery<{ total: number }>('/events', { kind: 'seminar' });
  if (events.error) return <p role="alert">{events.error.message}</p>;
  if (!events.data) return <p>…</p>;
  return <p>{events.data.total}</p>;
}

function renderWith(request: ApiClient['request']) {
  window.localStorage.clear();
  const i18n = createI18n();
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={createQueryClient()}>
        <ApiClientProvider client={{ request }}>
          <EventCount />
        </ApiClientProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return i18n;
}

describe('useApiQuery', () => {
  it('shows what the API answered', async () => {
    const request = jest.fn().mockResolvedValue({ total: 3 });
    renderWith(request);

    expect(await screen.findByText('3')).toBeTruthy();
    expect(request).toHaveBeenCalledWith('/events', expect.objectContaining({ query: { kind: 'seminar' } }));
  });

  it('shows the API’s own message at once for a client error, without retrying', async () => {
    const request = jest.fn().mockRejectedValue(new ApiError({ statusCode: 403, code: 'FORBIDDEN', message: 'この操作を行う権限がありません。' }));
    renderWith(request);

    expect((await screen.findByRole('alert')).textContent).toBe('この操作を行う権限がありません。');
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('asks again when the language changes, since answers are localised', async () => {
    const request = jest.fn().mockResolvedValue({ total: 3 });
    const i18n = renderWith(request);
    await screen.findByText('3');

    await act(async () => {
      await i18n.changeLanguage('en');
    });

    expect(request).toHaveBeenCalledTimes(2);
  });
});
