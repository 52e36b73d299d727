import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { languageStorageKey } from '../../i18n/i18n';
import { fakeApi, jsonResponse, noContent, signedOut, testCsrfToken } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';

const hanako = {
  id: '0b0f9c5e-58a4-4d55-9c84-0d7a4c1e8b11',
  email: 'hanako@example.jp',
  displayName: '朝霞 花子',
  locale: 'ja',
  roles: ['jobseeker', 'entrepreneur'],
  pendingRoles: [],
  emailVerified: true,
  secondFactorEnabled: false,
  organizations: [],
};

let api: ReturnType<typeof fakeApi>;
let signedIn: boolean;

beforeEach(() => {
  window.localStorage.clear();
  signedIn = true;
  api = fakeApi({
    'GET /api/me': (request) => (signedIn ? jsonResponse(200, hanako) : signedOut(request)),
    'POST /api/auth/logout': () => {
      signedIn = false;
      return noContent();
    },
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
});

afterEach(() => jest.restoreAllMocks());

describe('account page', () => {
  it('shows the name, address, roles in words and whether the address is confirmed', async () => {
    await renderAppAt('/account');

    const details = within(await screen.findByRole('region', { name: '登録内容' }));
    expect(details.getByText('朝霞 花子')).toBeTruthy();
    expect(details.getByText('hanako@example.jp')).toBeTruthy();
    expect(details.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['求職者', '起業家・創業希望者']);
    expect(details.getByText('確認済み')).toBeTruthy();
  });

  it('names the roles in English too', async () => {
    window.localStorage.setItem(languageStorageKey, 'en');
    await renderAppAt('/account');

    const details = within(await screen.findByRole('region', { name: 'Your details' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Your account' })).toBeTruthy();
    expect(details.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Jobseeker',
      'Entrepreneur or aspiring founder',
    ]);
  });

  it('signs out with the CSRF token, says so, and the header offers sign-in again', async () => {
    const { router } = await renderAppAt('/account');
    await within(screen.getByRole('main')).findByText('hanako@example.jp');

    await act(async () => {
      fireEvent.click(within(screen.getByRole('main')).getByRole('button', { name: 'ログアウト' }));
    });

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(await screen.findByText('ログアウトしました。')).toBeTruthy();
    expect(api.to('POST /api/auth/logout')[0]?.headers.get('X-CSRF-Token')).toBe(testCsrfToken);
    const header = within(screen.getByRole('banner'));
    expect(await header.findByRole('link', { name: 'ログイン' })).toBeTruthy();
    expect(header.getByRole('link', { name: '新規登録' }).getAttribute('href')).toBe('/signup');
  });

  it('asks a visitor to sign in, to come back here afterwards', async () => {
    signedIn = false;
    await renderAppAt('/account');

    expect(await screen.findByText('このページを利用するには、ログインしてください。')).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'ログイン' }).getAttribute('href')).toBe('/login?next=%2Faccount');
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'ログイン' }).getAttribute('href')).toBe('/login?next=%2Faccount');
  });
});
