import { act, fireEvent, screen, within } from '@testing-library/react';
import { errorResponse, fakeApi, jsonResponse, noContent, type FakeHandler } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';

const token = 'x'.repeat(43);
let api: ReturnType<typeof fakeApi>;

function serve(handlers: Record<string, FakeHandler>) {
  api = fakeApi(handlers);
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

beforeEach(() => window.localStorage.clear());
afterEach(() => jest.restoreAllMocks());

const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby')?.split(' ') ?? []).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

describe('verify-email page', () => {
  it('sends the single-use token of the mailed link once, even when React runs effects twice, then offers sign-in', async () => {
    serve({ 'POST /api/auth/verify-email': () => noContent() });
    await renderAppAt(`/verify-email?token=${token}`, { strict: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'メールアドレスの確認が完了しました' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ログインする' }).getAttribute('href')).toBe('/login');
    expect(api.to('POST /api/auth/verify-email').map(({ body }) => body)).toEqual([{ token }]);
  });

  it('explains a used or expired link in the API’s words', async () => {
    serve({ 'POST /api/auth/verify-email': () => errorResponse(400, 'INVALID_TOKEN', 'このリンクは無効か、有効期限が切れています。') });
    await renderAppAt(`/verify-email?token=${token}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'メールアドレスを確認できませんでした' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('このリンクは無効か、有効期限が切れています。');
  });

  it('does not call the API for a link without a token', async () => {
    serve({});
    await renderAppAt('/verify-email');

    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'リンクが正しくありません。メールに記載されたリンクを、もう一度開いてください。');
    expect(api.to('POST /api/auth/verify-email')).toHaveLength(0);
  });
});

describe('forgot-password page', () => {
  it('asks for a well-formed address', async () => {
    serve({ 'POST /api/auth/password-reset': () => jsonResponse(202, { status: 'accepted' }) });
    await renderAppAt('/forgot-password');
    const email = await screen.findByRole('textbox', { name: 'メールアドレス' });

    fireEvent.change(email, { target: { value: 'hanako' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '再設定用のリンクを送る' }));
    });

    expect(description(email)).toBe('メールアドレスの形式が正しくありません（例：asaka@example.jp）。');
    expect(document.activeElement).toBe(email);
    expect(api.to('POST /api/auth/password-reset')).toHaveLength(0);
  });

  it('says a link was sent if the address has an account, whatever the case', async () => {
    serve({ 'POST /api/auth/password-reset': () => jsonResponse(202, { status: 'accepted' }) });
    await renderAppAt('/forgot-password');

    fireEvent.change(await screen.findByRole('textbox', { name: 'メールアドレス' }), { target: { value: 'hanako@example.jp' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '再設定用のリンクを送る' }));
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'メールをお送りしました' })).toBeTruthy();
    expect(screen.getByRole('main').textContent).toContain('hanako@example.jp でアカウントが登録されている場合は');
  });

  it('says how long to wait after three mails in an hour', async () => {
    serve({
      'POST /api/auth/password-reset': () =>
        errorResponse(429, 'TOO_MANY_ATTEMPTS', '試行回数が多すぎます。', { headers: { 'Retry-After': '3600' } }),
    });
    await renderAppAt('/forgot-password');

    fireEvent.change(await screen.findByRole('textbox', { name: 'メールアドレス' }), { target: { value: 'hanako@example.jp' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '再設定用のリンクを送る' }));
    });

    expect(screen.getByRole('alert').textContent).toContain('60分ほど待ってから');
  });
});

describe('reset-password page', () => {
  const passwordInput = () => document.getElementById('reset-password-password') as HTMLInputElement;

  async function choose(password: string) {
    await screen.findByRole('heading', { level: 1, name: '新しいパスワードの設定' });
    fireEvent.change(passwordInput(), { target: { value: password } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'パスワードを変更する' }));
    });
  }

  it('asks for at least 10 characters, and refuses a common password next to the field', async () => {
    serve({
      'POST /api/auth/password-reset/confirm': () =>
        errorResponse(400, 'PASSWORD_TOO_COMMON', 'このパスワードはよく使われているため使えません。別のパスワードにしてください。'),
    });
    await renderAppAt(`/reset-password?token=${token}`);
    expect(passwordInput().getAttribute('autocomplete')).toBe('new-password');

    await choose('abc');
    expect(description(passwordInput())).toBe('10文字以上 パスワードは10文字以上で入力してください。');

    await choose('password123');
    expect(description(passwordInput())).toBe('10文字以上 このパスワードはよく使われているため使えません。別のパスワードにしてください。');
    expect(document.activeElement).toBe(passwordInput());
  });

  it('changes the password with the token and offers sign-in', async () => {
    serve({ 'POST /api/auth/password-reset/confirm': () => noContent() });
    await renderAppAt(`/reset-password?token=${token}`);

    await choose('新しい合言葉は朝霞の桜');

    expect(await screen.findByRole('heading', { level: 1, name: 'パスワードを変更しました' })).toBeTruthy();
    expect(api.to('POST /api/auth/password-reset/confirm')[0]?.body).toEqual({ token, password: '新しい合言葉は朝霞の桜' });
  });

  it('offers a new link when the API refuses this one', async () => {
    serve({ 'POST /api/auth/password-reset/confirm': () => errorResponse(400, 'INVALID_TOKEN', 'このリンクは無効か、有効期限が切れています。') });
    await renderAppAt(`/reset-password?token=${token}`);

    await choose('新しい合言葉は朝霞の桜');

    expect(screen.getByRole('alert').textContent).toBe('このリンクは無効か、有効期限が切れています。');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'パスワードの再設定をもう一度申し込む' }).getAttribute('href')).toBe('/forgot-password');
  });
});
