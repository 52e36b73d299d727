import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { ApiError, type ApiClient } from '../api/client';
import { languageStorageKey } from '../i18n/i18n';
import { App } from './app';
import { AppLayout } from './app-layout';
import { createAppServices } from './providers';
import { RouteErrorPage } from './route-error.page';
import { appRoutes } from './routes';

const signedOut = new ApiError({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'ログインが必要です。' });
/** The API as these pages see it: nobody signed in (the header asks GET /me). */
const visitorApi: ApiClient = { request: (path) => (path === '/me' ? Promise.reject(signedOut) : Promise.reject(new Error(`unexpected ${path}`))) };

function renderApp(path = '/', routes: RouteObject[] = appRoutes, apiClient: ApiClient = visitorApi) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(<App services={createAppServices({ apiClient })} router={router} />);
}

const focusableSelector = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = '';
});

describe('home page', () => {
  it('presents the four programs in Japanese by default', () => {
    renderApp();

    expect(document.documentElement.lang).toBe('ja');
    expect(screen.getByRole('heading', { level: 1, name: '朝霞市の事業者・起業家・求職者を支える4つの事業' })).toBeTruthy();
    const programNames = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(programNames).toEqual(['空き店舗バンク', '起業家支援', 'あさかで働こう', 'ワーク・ライフ・バランス推進企業認定']);
    expect(screen.getByRole('banner').textContent).toContain('朝霞市 産業振興ポータル');
    expect(screen.getByRole('contentinfo').textContent).toContain('朝霞市 産業振興課');
    expect(document.title).toBe('朝霞市 産業振興ポータル');
  });

  it('offers the skip link as the first thing to focus, pointing at main', () => {
    renderApp();

    const [first] = Array.from(document.querySelectorAll<HTMLElement>(focusableSelector));
    expect(first?.textContent).toBe('本文へスキップ');
    expect(first?.getAttribute('href')).toBe('#main');
    expect(screen.getByRole('main').id).toBe('main');
  });

  it('links each program from the header navigation: its own pages once it has them, else its section', () => {
    renderApp();

    const navigation = screen.getByRole('navigation', { name: '事業の一覧' });
    const targets = within(navigation)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(targets).toEqual(['/vacant-stores', '/#startups', '/#jobs', '/#work-life-balance']);
  });

  it('moves focus to the program a header link names', async () => {
    renderApp();

    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'あさかで働こう' }));
    });

    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'あさかで働こう' }));
  });
});

describe('account area of the header', () => {
  it('offers sign-in, back to the page the visitor is on, and sign-up', async () => {
    renderApp('/no-such-page?x=1');

    const header = within(screen.getByRole('banner'));
    expect((await header.findByRole('link', { name: 'ログイン' })).getAttribute('href')).toBe('/login?next=%2Fno-such-page%3Fx%3D1');
    expect(header.getByRole('link', { name: '新規登録' }).getAttribute('href')).toBe('/signup');
  });

  it('shows the signed-in person’s name, leading to their account, and sign-out', async () => {
    const me = { id: 'u1', email: 'hanako@example.jp', displayName: '朝霞 花子', locale: 'ja', roles: [], pendingRoles: [], emailVerified: true, secondFactorEnabled: false };
    renderApp('/', appRoutes, { request: <T,>() => Promise.resolve(me as T) });

    const header = within(screen.getByRole('banner'));
    expect((await header.findByRole('link', { name: '朝霞 花子' })).getAttribute('href')).toBe('/account');
    expect(header.getByRole('button', { name: 'ログアウト' })).toBeTruthy();
    expect(header.queryByRole('link', { name: 'ログイン' })).toBeNull();
  });
});

describe('language switch', () => {
  it('shows the portal in English when English is pressed, and keeps it after a reload', async () => {
    const { unmount } = renderApp();
    const english = screen.getByRole('radio', { name: 'English' });
    expect(english.getAttribute('aria-checked')).toBe('false');

    await act(async () => {
      fireEvent.click(english);
    });

    expect(screen.getByRole('radio', { name: 'English' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: 'Vacant Store Bank' })).toBeTruthy();
    expect(screen.getByText('Asaka Business Support Portal')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(languageStorageKey)).toBe('en');

    unmount();
    document.documentElement.lang = '';
    renderApp();

    expect(screen.getByRole('heading', { level: 2, name: 'Work-Life Balance Certification' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'English' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('names each language in that language, for readers of the other one', () => {
    renderApp();

    const group = screen.getByRole('radiogroup', { name: '表示言語' });
    const options = within(group).getAllByRole('radio');
    expect(options.map((option) => [option.textContent, option.querySelector('[lang]')?.getAttribute('lang')])).toEqual([
      ['日本語', 'ja'],
      ['English', 'en'],
    ]);
  });
});

describe('pages that are not the home page', () => {
  it('shows a not-found page for an unknown address, in the chosen language', () => {
    window.localStorage.setItem(languageStorageKey, 'en');
    renderApp('/no-such-page');

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the home page' }).getAttribute('href')).toBe('/');
    expect(document.title).toBe('Page not found | Asaka Business Support Portal');
  });

  it('shows the not-found page in Japanese by default, and leads back home with focus on the content', async () => {
    renderApp('/no-such-page');
    expect(screen.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'トップページへ戻る' }));
    });

    expect(screen.getByRole('heading', { level: 1, name: '朝霞市の事業者・起業家・求職者を支える4つの事業' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('keeps the header and a way home when a page fails to render', () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const FailingPage = () => {
      throw new Error('render failed');
    };
    renderApp('/', [{ element: <AppLayout />, children: [{ errorElement: <RouteErrorPage />, children: [{ index: true, Component: FailingPage }] }] }]);

    expect(screen.getByRole('heading', { level: 1, name: '問題が発生しました' })).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'トップページへ戻る' })).toBeTruthy();
    consoleError.mockRestore();
  });
});
