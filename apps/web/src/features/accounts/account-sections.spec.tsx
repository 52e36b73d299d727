import type { MeResponse } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { descriptionOf, meFixture } from '../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, noContent, signedOut, testCsrfToken, type FakeHandler } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let topics: { topic: string; enabled: boolean }[];

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    'GET /api/me/notification-preferences': () => jsonResponse(200, { topics }),
    'PUT /api/me/notification-preferences': ({ body }) => {
      topics = (body as { topics: typeof topics }).topics;
      return jsonResponse(200, { topics });
    },
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

beforeEach(() => {
  window.localStorage.clear();
  me = meFixture();
  topics = [
    { topic: 'saved-search-alerts', enabled: true },
    { topic: 'daily-digest', enabled: false },
    { topic: 'portal-news', enabled: true },
  ];
  serve();
});

afterEach(() => jest.restoreAllMocks());

/** jsdom's Blob has no text(); FileReader it has. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

const section = (name: string) => screen.findByRole('region', { name });
const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

describe('account page sections', () => {
  it('lists its sections at the top, each link leading to its section', async () => {
    await renderAppAt('/account');

    const contents = await screen.findByRole('navigation', { name: 'このページの項目' });
    const links = within(contents).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['登録内容', '/account#profile'],
      ['所属している事業者', '/account#organizations'],
      ['メールの受信設定', '/account#mail'],
      ['パスワードの変更', '/account#password'],
      ['二段階認証', '/account#second-factor'],
      ['データのダウンロードと退会', '/account#my-data'],
    ]);
    for (const link of links) expect(document.getElementById(link.getAttribute('href')?.split('#')[1] ?? '')).not.toBeNull();
  });

  it('links each organization the person belongs to, with their role, and offers to register one', async () => {
    me = meFixture({ organizations: [{ id: '5f0c1c52-3c1a-4b8e-9d47-2a6e1b0e7c10', name: 'みつばち雑貨店', role: 'owner' }] });
    await renderAppAt('/account');

    const organizations = within(await section('所属している事業者'));
    expect(organizations.getByRole('link', { name: 'みつばち雑貨店' }).getAttribute('href')).toBe('/account/organizations/5f0c1c52-3c1a-4b8e-9d47-2a6e1b0e7c10');
    expect(organizations.getByText('管理者')).toBeTruthy();
    expect(organizations.getByRole('link', { name: '事業者を登録する' }).getAttribute('href')).toBe('/account/organizations/new');
  });
});

describe('mail settings', () => {
  it('says that important mails always arrive, and saves every topic with the one turned off', async () => {
    await renderAppAt('/account');
    const mail = within(await section('メールの受信設定'));

    expect(mail.getByText(/手続きに必要な大切なメールは、この設定にかかわらずお送りします。/)).toBeTruthy();
    const news = await mail.findByRole('checkbox', { name: /ポータルからのお知らせ/ });
    expect((news as HTMLInputElement).checked).toBe(true);
    expect((mail.getByRole('checkbox', { name: /毎日のまとめ/ }) as HTMLInputElement).checked).toBe(false);

    await press(news);
    await press(mail.getByRole('button', { name: '受信設定を保存する' }));

    await waitFor(() => expect(mail.getByRole('status').textContent).toBe('受信設定を保存しました。'));
    const [saved] = api.to('PUT /api/me/notification-preferences');
    expect(saved?.headers.get('X-CSRF-Token')).toBe(testCsrfToken);
    expect(saved?.body).toEqual({
      topics: [
        { topic: 'saved-search-alerts', enabled: true },
        { topic: 'daily-digest', enabled: false },
        { topic: 'portal-news', enabled: false },
      ],
    });
  });

  it('says so when saving failed, and keeps the choice', async () => {
    serve({ 'PUT /api/me/notification-preferences': () => errorResponse(503, 'SERVICE_UNAVAILABLE', 'ただいま混み合っています。') });
    await renderAppAt('/account');
    const mail = within(await section('メールの受信設定'));
    const digest = await mail.findByRole('checkbox', { name: /毎日のまとめ/ });

    await press(digest);
    await press(mail.getByRole('button', { name: '受信設定を保存する' }));

    await waitFor(() => expect(mail.getByRole('alert').textContent).toBe('ただいま混み合っています。'));
    expect((digest as HTMLInputElement).checked).toBe(true);
  });
});

describe('password change', () => {
  const fill = async (current: string, next: string) => {
    const password = within(await section('パスワードの変更'));
    fireEvent.change(document.getElementById('password-current') as HTMLInputElement, { target: { value: current } });
    fireEvent.change(document.getElementById('password-new') as HTMLInputElement, { target: { value: next } });
    await press(password.getByRole('button', { name: 'パスワードを変更する' }));
    return password;
  };

  it('checks the new password’s length before asking the API', async () => {
    await renderAppAt('/account');
    await fill('', 'short');

    expect(descriptionOf(document.getElementById('password-current') as HTMLElement)).toContain('現在のパスワードを入力してください。');
    expect(descriptionOf(document.getElementById('password-new') as HTMLElement)).toContain('パスワードは10文字以上で入力してください。');
    expect(document.activeElement?.id).toBe('password-current');
    expect(api.to('PUT /api/me/password')).toHaveLength(0);
  });

  it('puts a wrong current password next to that field', async () => {
    serve({ 'PUT /api/me/password': () => errorResponse(401, 'INVALID_CREDENTIALS', 'メールアドレスまたはパスワードが正しくありません。') });
    await renderAppAt('/account');
    await fill('まちがえた古いパスワード', '新しい朝霞の駅前の散歩道');

    expect(descriptionOf(document.getElementById('password-current') as HTMLElement)).toContain('現在のパスワードが正しくありません。');
    expect(document.activeElement?.id).toBe('password-current');
  });

  it('changes it, says the other devices are signed out, and empties the fields', async () => {
    serve({ 'PUT /api/me/password': () => noContent() });
    await renderAppAt('/account');
    const password = await fill('いつもの散歩道と朝の珈琲', '新しい朝霞の駅前の散歩道');

    await waitFor(() => expect(password.getByRole('status').textContent).toBe('パスワードを変更しました。ほかの端末でのログインは終了しました。'));
    expect(api.to('PUT /api/me/password')[0]?.body).toEqual({ currentPassword: 'いつもの散歩道と朝の珈琲', newPassword: '新しい朝霞の駅前の散歩道' });
    expect((document.getElementById('password-new') as HTMLInputElement).value).toBe('');
  });
});

describe('two-step verification', () => {
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  beforeEach(() => {
    me = meFixture({ roles: [], pendingRoles: ['staff'] });
    serve({
      'POST /api/me/second-factor': () => jsonResponse(200, { secret, otpauthUri: `otpauth://totp/asaka:hanako%40example.jp?secret=${secret}` }),
      'POST /api/me/second-factor/confirm': ({ body }) => {
        if ((body as { code: string }).code !== '123456') return errorResponse(401, 'SECOND_FACTOR_INVALID', '確認コードが正しくないか、すでに使われています。');
        me = meFixture({ roles: ['staff'], pendingRoles: [], secondFactorEnabled: true });
        return noContent();
      },
    });
  });

  it('comes first, with a notice, when staff rights wait for it', async () => {
    await renderAppAt('/account');

    expect(await screen.findByText('職員・管理者の権限を使うには、二段階認証の設定が必要です')).toBeTruthy();
    const contents = screen.getByRole('navigation', { name: 'このページの項目' });
    expect(within(contents).getAllByRole('link')[0]?.textContent).toBe('二段階認証');
    expect(screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby'))[0]).toBe('second-factor-title');
  });

  it('shows the key in groups of four and the app link, then turns on with a code, and the rights take effect', async () => {
    await renderAppAt('/account');
    const verification = within(await section('二段階認証'));

    await press(verification.getByRole('button', { name: '設定を始める' }));

    expect(await verification.findByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeTruthy();
    expect(verification.getByRole('link', { name: '認証アプリで開く' }).getAttribute('href')).toBe(`otpauth://totp/asaka:hanako%40example.jp?secret=${secret}`);
    expect(document.activeElement?.textContent).toBe('認証アプリへの登録');

    const code = verification.getByRole('textbox', { name: /^確認コード/ });
    fireEvent.change(code, { target: { value: '654321' } });
    await press(verification.getByRole('button', { name: '確認して設定を完了する' }));
    expect(descriptionOf(code)).toContain('確認コードが正しくないか、すでに使われています。');

    fireEvent.change(code, { target: { value: '１２３ ４５６' } });
    await press(verification.getByRole('button', { name: '確認して設定を完了する' }));

    expect(await screen.findByText('二段階認証を設定しました。「市職員」の権限が有効になりました。')).toBeTruthy();
    expect(api.to('POST /api/me/second-factor/confirm').at(-1)?.body).toEqual({ code: '123456' });
    expect(screen.queryByText('職員・管理者の権限を使うには、二段階認証の設定が必要です')).toBeNull();
    // The header now offers the staff pages.
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: '職員メニュー' })).toBeTruthy();
  });
});

describe('my data', () => {
  it('downloads the export as asaka-portal-my-data.json', async () => {
    const exported = { exportedAt: '2025-06-02T01:00:00.000Z', account: { email: 'hanako@example.jp' } };
    serve({ 'GET /api/me/export': () => jsonResponse(200, exported) });
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => undefined,
    });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) saved.push({ name: this.download, blob });
    });
    await renderAppAt('/account');
    const myData = within(await section('データのダウンロードと退会'));

    await press(myData.getByRole('button', { name: 'データをダウンロードする' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('asaka-portal-my-data.json');
    expect(JSON.parse(await readText((saved[0] as { blob: Blob }).blob))).toEqual(exported);
    expect(myData.getByRole('status').textContent).toBe('asaka-portal-my-data.json のダウンロードを開始しました。');
  });

  it('deletes the account only once the person has ticked that it cannot be undone, then goes home and says so', async () => {
    serve({
      'DELETE /api/me': () => {
        me = null;
        return noContent();
      },
    });
    const { router } = await renderAppAt('/account');
    const myData = within(await section('データのダウンロードと退会'));

    await press(myData.getByRole('button', { name: 'アカウントを削除する' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'アカウントを削除しますか' });
    await press(within(dialog).getByRole('button', { name: 'アカウントを削除する' }));

    const understood = within(dialog).getByRole('checkbox', { name: 'アカウントを削除すると元に戻せないことを理解しました' });
    expect(descriptionOf(understood)).toContain('チェックを入れてください');
    expect(document.activeElement).toBe(understood);
    expect(api.to('DELETE /api/me')).toHaveLength(0);

    await press(understood);
    await press(within(dialog).getByRole('button', { name: 'アカウントを削除する' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByText('アカウントを削除しました。これまでのご利用、ありがとうございました。')).toBeTruthy();
    expect(api.to('DELETE /api/me')[0]?.headers.get('X-CSRF-Token')).toBe(testCsrfToken);
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'ログイン' })).toBeTruthy();
  });

  it('closes the dialog with Cancel and deletes nothing', async () => {
    await renderAppAt('/account');
    const myData = within(await section('データのダウンロードと退会'));

    await press(myData.getByRole('button', { name: 'アカウントを削除する' }));
    const dialog = await screen.findByRole('alertdialog');
    await press(within(dialog).getByRole('button', { name: 'キャンセル' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.to('DELETE /api/me')).toHaveLength(0);
  });
});
