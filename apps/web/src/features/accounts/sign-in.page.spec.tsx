import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { errorResponse, fakeApi, jsonResponse, noContent, signedOut, testCsrfToken, type FakeHandler } from '../../testing/fake-api';
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

/** Signs in when `login` answers 204; GET /api/me follows. */
function serve(login: FakeHandler) {
  signedIn = false;
  api = fakeApi({
    'GET /api/me': (request) => (signedIn ? jsonResponse(200, hanako) : signedOut(request)),
    'POST /api/auth/login': async (request) => {
      const response = await login(request);
      if (response.status === 204) signedIn = true;
      return response;
    },
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

beforeEach(() => {
  window.localStorage.clear();
  serve(() => noContent());
});

afterEach(() => jest.restoreAllMocks());

const emailInput = () => screen.getByRole('textbox', { name: 'メールアドレス' }) as HTMLInputElement;
const passwordInput = () => document.getElementById('login-password') as HTMLInputElement;
const codeInput = () => screen.getByRole('textbox', { name: /^確認コード/ }) as HTMLInputElement;
const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby')?.split(' ') ?? []).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

async function fillInAndSubmit(email = 'hanako@example.jp', password = 'いつもの散歩道と朝の珈琲') {
  await screen.findByRole('heading', { level: 1, name: 'ログイン' });
  fireEvent.change(emailInput(), { target: { value: email } });
  fireEvent.change(passwordInput(), { target: { value: password } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'ログイン' }));
  });
}

describe('sign-in form', () => {
  it('asks for email and password with the autocomplete password managers expect', async () => {
    await renderAppAt('/login');
    await screen.findByRole('heading', { level: 1, name: 'ログイン' });

    expect(emailInput().getAttribute('autocomplete')).toBe('email');
    expect(passwordInput().getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByRole('link', { name: 'パスワードをお忘れの方' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('says what is missing and focuses the first empty field, without asking the API', async () => {
    await renderAppAt('/login');

    await fillInAndSubmit('', '');

    expect(description(emailInput())).toBe('メールアドレスを入力してください。');
    expect(description(passwordInput())).toBe('パスワードを入力してください。');
    expect(document.activeElement).toBe(emailInput());
    expect(api.to('POST /api/auth/login')).toHaveLength(0);
  });

  it('signs in with the CSRF token and goes to the page the person came from', async () => {
    const { router } = await renderAppAt('/login?next=%2Fevents%3Fkind%3Dseminar');

    await fillInAndSubmit();

    await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe('/events?kind=seminar'));
    const [login] = api.to('POST /api/auth/login');
    expect(login?.headers.get('X-CSRF-Token')).toBe(testCsrfToken);
    expect(login?.body).toEqual({ email: 'hanako@example.jp', password: 'いつもの散歩道と朝の珈琲' });
    // The header now knows who is signed in.
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: '朝霞 花子' })).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'ログアウト' })).toBeTruthy();
  });

  it('goes to the account page when next would leave the site', async () => {
    const { router } = await renderAppAt(`/login?next=${encodeURIComponent('//evil.example/phish')}`);

    await fillInAndSubmit();

    await waitFor(() => expect(router.state.location.pathname).toBe('/account'));
    expect(await screen.findByRole('heading', { level: 1, name: 'アカウント情報' })).toBeTruthy();
  });

  it('shows the API’s refusal of the credentials in the summary, and focuses it', async () => {
    serve(() => errorResponse(401, 'INVALID_CREDENTIALS', 'メールアドレスまたはパスワードが正しくありません。'));
    await renderAppAt('/login');

    await fillInAndSubmit();

    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('メールアドレスまたはパスワードが正しくありません。');
    expect(summary.contains(document.activeElement)).toBe(true);
  });

  it('says how many minutes to wait after too many attempts', async () => {
    serve(() =>
      errorResponse(429, 'TOO_MANY_ATTEMPTS', '試行回数が多すぎます。しばらく待ってからもう一度お試しください。', {
        headers: { 'Retry-After': '540' },
      }),
    );
    await renderAppAt('/login');

    await fillInAndSubmit();

    expect(screen.getByRole('alert').textContent).toContain('試行回数が上限に達しました。9分ほど待ってから、もう一度お試しください。');
  });

  it('asks staff for the 6-digit code when the API requires it, and signs in with it', async () => {
    serve(({ body }) => {
      const { totp } = body as { totp?: string };
      if (!totp) return errorResponse(401, 'SECOND_FACTOR_REQUIRED', '認証アプリに表示される6桁のコードを入力してください。');
      if (totp !== '123456') return errorResponse(401, 'SECOND_FACTOR_INVALID', '確認コードが正しくないか、すでに使われています。新しいコードを入力してください。');
      return noContent();
    });
    const { router } = await renderAppAt('/login');

    await fillInAndSubmit();

    const code = codeInput();
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(document.activeElement).toBe(code);
    expect(screen.queryByRole('alert')?.textContent ?? '').toBe('');

    fireEvent.change(code, { target: { value: '12ab' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '確認してログイン' }));
    });
    expect(description(code)).toContain('確認コードは6桁の数字で入力してください。');

    fireEvent.change(code, { target: { value: '654321' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '確認してログイン' }));
    });
    expect(description(code)).toContain('確認コードが正しくないか、すでに使われています。');
    expect(document.activeElement).toBe(code);

    fireEvent.change(code, { target: { value: '123 456' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '確認してログイン' }));
    });

    await waitFor(() => expect(router.state.location.pathname).toBe('/account'));
    expect(api.to('POST /api/auth/login').at(-1)?.body).toEqual({ email: 'hanako@example.jp', password: 'いつもの散歩道と朝の珈琲', totp: '123456' });
  });
});
