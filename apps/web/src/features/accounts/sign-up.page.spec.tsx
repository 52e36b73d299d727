import { act, fireEvent, screen, within } from '@testing-library/react';
import { languageStorageKey } from '../../i18n/i18n';
import { errorResponse, fakeApi, jsonResponse, testCsrfToken } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';

let api: ReturnType<typeof fakeApi>;

function serve(handlers: Parameters<typeof fakeApi>[0] = {}) {
  api = fakeApi(handlers);
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

beforeEach(() => {
  window.localStorage.clear();
  serve({ 'POST /api/auth/register': () => jsonResponse(202, { status: 'accepted' }) });
});

afterEach(() => jest.restoreAllMocks());

const field = (name: string | RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const passwordInput = () => document.getElementById('signup-password') as HTMLInputElement;

/** The messages the input is described by (hint and error), as a screen reader reads them after its name. */
function description(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function type(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^(登録する|Sign up)$/ }));
  });
}

async function fillIn({ name = '朝霞 花子', email = 'hanako@example.jp', password = 'いつもの散歩道と朝の珈琲' } = {}) {
  await screen.findByRole('heading', { level: 1, name: /^(新規登録|Sign up)$/ });
  type(field(/^(お名前|Name)/), name);
  type(field(/^(メールアドレス|Email address)/), email);
  type(passwordInput(), password);
}

describe('sign-up form', () => {
  it('offers labelled fields with the right autocomplete, and asks only for a length of 10', async () => {
    await renderAppAt('/signup');
    await screen.findByRole('heading', { level: 1, name: '新規登録' });

    expect(field(/^お名前/).getAttribute('autocomplete')).toBe('name');
    expect(field(/^メールアドレス/).getAttribute('autocomplete')).toBe('email');
    expect(field(/^メールアドレス/).type).toBe('email');
    expect(passwordInput().getAttribute('autocomplete')).toBe('new-password');
    expect(passwordInput().type).toBe('password');
    expect(screen.getByLabelText('パスワード', { selector: 'input' })).toBe(passwordInput());
    expect(description(passwordInput())).toBe('10文字以上');

    const roles = screen.getByRole('group', { name: 'ご利用の目的（任意）' });
    expect(within(roles).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      '求職者市内で仕事を探している方',
      '起業家・創業希望者起業を考えている方、開業して間もない方',
    ]);
    const locale = screen.getByRole('radiogroup', { name: 'メールの言語' });
    expect(within(locale).getByRole('radio', { name: '日本語' })).toHaveProperty('checked', true);
  });

  it('shows the password while the toggle is pressed', async () => {
    await renderAppAt('/signup');
    await fillIn();
    const toggle = screen.getByRole('button', { name: 'パスワードを表示' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    await act(async () => {
      fireEvent.click(toggle);
    });

    expect(passwordInput().type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe('signup-password');
  });

  it('says what is missing next to each field and in an announced summary, then focuses the first field', async () => {
    await renderAppAt('/signup');
    await screen.findByRole('heading', { level: 1, name: '新規登録' });

    await submit();

    const name = field(/^お名前/);
    const email = field(/^メールアドレス/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(description(name)).toContain('お名前を入力してください。');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(description(email)).toContain('メールアドレスを入力してください。');
    expect(passwordInput().getAttribute('aria-invalid')).toBe('true');
    expect(description(passwordInput())).toContain('パスワードを入力してください。');

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: '入力内容をご確認ください' })).toBeTruthy();
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['お名前を入力してください。', '#signup-display-name'],
      ['メールアドレスを入力してください。', '#signup-email'],
      ['パスワードを入力してください。', '#signup-password'],
    ]);
    expect(document.activeElement).toBe(name);
    expect(api.to('POST /api/auth/register')).toHaveLength(0);

    fireEvent.click(within(summary).getByRole('link', { name: 'パスワードを入力してください。' }));
    expect(document.activeElement).toBe(passwordInput());
  });

  it('checks the address format and the password length with the shared rules', async () => {
    await renderAppAt('/signup');
    await fillIn({ email: 'hanako@example', password: '短いパスワード' });

    await submit();

    expect(description(field(/^お名前/))).not.toContain('入力してください');
    expect(field(/^お名前/).getAttribute('aria-invalid')).toBeNull();
    expect(description(field(/^メールアドレス/))).toContain('メールアドレスの形式が正しくありません（例：asaka@example.jp）。');
    expect(description(passwordInput())).toContain('パスワードは10文字以上で入力してください。');
    expect(document.activeElement).toBe(field(/^メールアドレス/));
    expect(api.to('POST /api/auth/register')).toHaveLength(0);
  });

  it('counts characters as people see them: ten kanji are enough', async () => {
    await renderAppAt('/signup');
    await fillIn({ password: '朝霞市産業振興基本計画' });

    await submit();

    expect(await screen.findByRole('heading', { level: 1, name: 'メールをお送りしました' })).toBeTruthy();
  });

  it('sends the account with the CSRF token, then says to check the mail without saying whether the address was known', async () => {
    await renderAppAt('/signup');
    await fillIn({ email: '  hanako@example.jp ' });
    fireEvent.click(screen.getByRole('checkbox', { name: /^起業家・創業希望者/ }));
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'メールの言語' })).getByRole('radio', { name: 'English' }));

    await submit();

    const heading = await screen.findByRole('heading', { level: 1, name: 'メールをお送りしました' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('main').textContent).toContain('hanako@example.jp 宛てにメールをお送りしました。');
    expect(document.title).toBe('メールをお送りしました | 朝霞市 産業振興ポータル');
    const [sent] = api.to('POST /api/auth/register');
    expect(sent?.headers.get('X-CSRF-Token')).toBe(testCsrfToken);
    expect(sent?.headers.get('Accept-Language')).toBe('ja');
    expect(sent?.body).toEqual({
      displayName: '朝霞 花子',
      email: 'hanako@example.jp',
      password: 'いつもの散歩道と朝の珈琲',
      locale: 'en',
      roles: ['entrepreneur'],
    });
  });

  it('shows the API’s refusal of a common password next to the password field', async () => {
    serve({
      'POST /api/auth/register': () =>
        errorResponse(400, 'PASSWORD_TOO_COMMON', 'このパスワードはよく使われているため使えません。別のパスワードにしてください。'),
    });
    await renderAppAt('/signup');
    await fillIn({ password: 'password123' });

    await submit();

    expect(passwordInput().getAttribute('aria-invalid')).toBe('true');
    expect(description(passwordInput())).toContain('このパスワードはよく使われているため使えません。別のパスワードにしてください。');
    expect(document.activeElement).toBe(passwordInput());
    expect(within(screen.getByRole('alert')).getByRole('link').getAttribute('href')).toBe('#signup-password');
  });

  it('puts the API’s field problems on their fields, in the interface language', async () => {
    serve({
      'POST /api/auth/register': () =>
        errorResponse(400, 'VALIDATION_FAILED', '入力内容に誤りがあります。', {
          details: [{ path: 'email', code: 'invalid_format', message: 'Invalid email address' }],
        }),
    });
    await renderAppAt('/signup');
    await fillIn();

    await submit();

    expect(description(field(/^メールアドレス/))).toContain('メールアドレスの形式が正しくありません');
    expect(screen.getByRole('alert').textContent).not.toContain('Invalid email address');
  });

  it('shows any other refusal as the API worded it, with focus on the summary', async () => {
    serve({ 'POST /api/auth/register': () => errorResponse(503, 'SERVICE_UNAVAILABLE', '一時的にご利用いただけません。') });
    await renderAppAt('/signup');
    await fillIn();

    await submit();

    const summary = within(screen.getByRole('alert'));
    expect(summary.getByText('一時的にご利用いただけません。')).toBeTruthy();
    expect(document.activeElement?.classList.contains('error-summary')).toBe(true);
  });

  it('speaks English when the interface does', async () => {
    window.localStorage.setItem(languageStorageKey, 'en');
    await renderAppAt('/signup');
    await fillIn({ name: '', email: 'not an address', password: 'short' });

    await submit();

    expect(description(field(/^Name/))).toContain('Enter your name.');
    expect(description(field(/^Email address/))).toContain('Enter an email address in the correct format, like asaka@example.jp.');
    expect(description(passwordInput())).toBe('At least 10 characters The password must be at least 10 characters.');
    expect(within(screen.getByRole('alert')).getByRole('heading').textContent).toBe('There is a problem');
  });
});
