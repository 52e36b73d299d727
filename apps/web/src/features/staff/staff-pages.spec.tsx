import type { AdminUser, AuditEvent, DeliveryLogEntry, MeResponse } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { languageStorageKey } from '../../i18n/i18n';
import { descriptionOf, meFixture } from '../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, noContent, signedOut, type FakeHandler, type RecordedRequest } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';

const staff = meFixture({ id: '11111111-2222-4333-8444-555555555555', displayName: '産業振興課 職員', email: 'staff@example.jp', roles: ['staff'], secondFactorEnabled: true });
const admin = meFixture({ id: '99999999-2222-4333-8444-555555555555', displayName: 'システム管理者', email: 'admin@example.jp', roles: ['admin'], secondFactorEnabled: true });

const hanako: AdminUser = {
  id: '0b0f9c5e-58a4-4d55-9c84-0d7a4c1e8b11',
  email: 'hanako@example.jp',
  displayName: '朝霞 花子',
  roles: ['jobseeker', 'entrepreneur'],
  status: 'active',
  emailVerified: true,
  secondFactorEnabled: false,
  createdAt: '2025-06-02T10:00:05+09:00',
};

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

const page = <T,>(items: T[], total = items.length, pageNumber = 1) => jsonResponse(200, { items, total, page: pageNumber, pageSize: 20 });
const queryOf = (request: RecordedRequest | undefined) => Object.fromEntries(request?.query ?? []);
const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

beforeEach(() => {
  window.localStorage.clear();
  me = staff;
  serve();
});

afterEach(() => jest.restoreAllMocks());

describe('who may use the staff pages', () => {
  it('offers the staff menu in the header to staff', async () => {
    await renderAppAt('/');
    expect((await within(screen.getByRole('banner')).findByRole('link', { name: '職員メニュー' })).getAttribute('href')).toBe('/staff');
  });

  it('does not offer it to someone whose staff rights still wait for two-step verification', async () => {
    me = meFixture({ roles: ['jobseeker'], pendingRoles: ['staff'] });
    await renderAppAt('/');
    const header = within(screen.getByRole('banner'));
    await header.findByRole('link', { name: '朝霞 花子' });
    expect(header.queryByRole('link', { name: '職員メニュー' })).toBeNull();
  });

  it('lists the staff pages on the staff menu, the current page marked', async () => {
    await renderAppAt('/staff');
    expect(await screen.findByText('アカウントを名前やメールアドレスで探します。システム管理者は、権限の変更や利用停止もできます。')).toBeTruthy();
    const subNav = within(screen.getByRole('navigation', { name: '職員メニュー' }));
    expect(subNav.getByRole('link', { name: '職員メニュー' }).getAttribute('aria-current')).toBe('page');
    expect(subNav.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/staff',
      '/staff/users',
      '/staff/counter-registration',
      '/staff/audit-log',
      '/staff/deliveries',
      '/staff/vacant-stores/review',
      '/staff/consultations',
      '/staff/vacant-stores/matches',
      '/staff/events',
      '/staff/founding/pathway',
      '/staff/founding/reports',
    ]);
  });

  it('asks a visitor to sign in, to come back to the page', async () => {
    me = null;
    serve();
    await renderAppAt('/staff/audit-log?action=user.roles.set');

    const main = within(screen.getByRole('main'));
    expect(await main.findByText('このページを利用するには、ログインしてください。')).toBeTruthy();
    expect(main.getByRole('link', { name: 'ログイン' }).getAttribute('href')).toBe(`/login?next=${encodeURIComponent('/staff/audit-log?action=user.roles.set')}`);
  });

  it('tells someone without staff rights they may not, and someone whose rights wait for two-step verification how to get them', async () => {
    me = meFixture({ roles: [], pendingRoles: ['staff'] });
    serve();
    await renderAppAt('/staff/users');

    expect(await screen.findByText('このページを表示する権限がありません。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '二段階認証を設定する' }).getAttribute('href')).toBe('/account#second-factor');
    expect(api.to('GET /api/admin/users')).toHaveLength(0);
  });

  it('says so when the API refuses (403) or the session has ended (401) while on the page', async () => {
    serve({ 'GET /api/admin/users': () => errorResponse(403, 'FORBIDDEN', 'この操作を行う権限がありません。') });
    await renderAppAt('/staff/users');
    expect(await screen.findByText('このページを表示する権限がありません。')).toBeTruthy();
  });

  it('asks to sign in again when the API says the session has ended', async () => {
    serve({ 'GET /api/admin/notifications': (request) => signedOut(request) });
    await renderAppAt('/staff/deliveries');
    expect(await within(screen.getByRole('main')).findByRole('link', { name: 'ログイン' })).toBeTruthy();
  });
});

describe('users', () => {
  it('searches by the words in the address, shows the users in a table with times in Japan time, and pages', async () => {
    serve({ 'GET /api/admin/users': ({ query }) => page([hanako], 45, Number(query.get('page') ?? 1)) });
    const { router } = await renderAppAt('/staff/users?q=%E8%8A%B1%E5%AD%90&page=2');

    const table = await screen.findByRole('table', { name: '利用者の一覧' });
    expect(queryOf(api.to('GET /api/admin/users')[0])).toEqual({ q: '花子', page: '2', pageSize: '20' });
    expect((screen.getByRole('searchbox', { name: 'お名前またはメールアドレス' }) as HTMLInputElement).value).toBe('花子');
    expect(screen.getByText('45件中 21〜21件目を表示しています。')).toBeTruthy();
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'hanako@example.jp',
      '求職者、起業家・創業希望者',
      '利用中',
      '確認済み',
      '未設定',
      '2025年6月2日 10:00:05',
    ]);
    expect(within(table).getAllByRole('columnheader').at(-1)?.textContent).toBe('登録日時（日本時間）');
    // Staff who are not admins see no controls.
    expect(within(table).queryByRole('button')).toBeNull();

    const pages = screen.getByRole('navigation', { name: 'ページ送り' });
    expect(within(pages).getByRole('link', { name: '前のページ' }).getAttribute('href')).toBe('/staff/users?q=%E8%8A%B1%E5%AD%90');
    expect(within(pages).getByRole('link', { name: '次のページ' }).getAttribute('href')).toBe('/staff/users?q=%E8%8A%B1%E5%AD%90&page=3');

    fireEvent.change(screen.getByRole('searchbox', { name: 'お名前またはメールアドレス' }), { target: { value: 'taro' } });
    await press(screen.getByRole('button', { name: '検索' }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=taro'));
    await waitFor(() => expect(queryOf(api.to('GET /api/admin/users').at(-1))).toEqual({ q: 'taro', page: '1', pageSize: '20' }));
  });

  it('lets an admin replace a person’s roles from a dialog', async () => {
    me = admin;
    serve({
      'GET /api/admin/users': () => page([hanako]),
      [`PUT /api/admin/users/${hanako.id}/roles`]: ({ body }) => jsonResponse(200, { ...hanako, ...(body as object) }),
    });
    await renderAppAt('/staff/users');

    await press(await screen.findByRole('button', { name: '朝霞 花子さんの権限を変更' }));
    const dialog = await screen.findByRole('dialog', { name: '朝霞 花子さんの権限' });
    await press(within(dialog).getByRole('checkbox', { name: '市職員' }));
    await press(within(dialog).getByRole('checkbox', { name: '求職者' }));
    await press(within(dialog).getByRole('button', { name: '権限を保存する' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.to(`PUT /api/admin/users/${hanako.id}/roles`)[0]?.body).toEqual({ roles: ['entrepreneur', 'staff'] });
    expect(await screen.findByText('朝霞 花子さんの権限を変更しました。')).toBeTruthy();
  });

  it('asks an admin to confirm before disabling an account, and shows the API’s refusal in the dialog', async () => {
    me = admin;
    serve({
      'GET /api/admin/users': () => page([hanako]),
      [`PUT /api/admin/users/${hanako.id}/status`]: () => errorResponse(409, 'CANNOT_DISABLE_SELF', '自分のアカウントは停止できません。'),
    });
    await renderAppAt('/staff/users');

    await press(await screen.findByRole('button', { name: '朝霞 花子さんの利用を停止する' }));
    const dialog = await screen.findByRole('alertdialog', { name: '朝霞 花子さんの利用を停止しますか' });
    expect(dialog.textContent).toContain('hanako@example.jp のアカウントでログインできなくなり');
    await press(within(dialog).getByRole('button', { name: '利用を停止する' }));

    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toBe('自分のアカウントは停止できません。'));
    expect(api.to(`PUT /api/admin/users/${hanako.id}/status`)[0]?.body).toEqual({ status: 'disabled' });
  });
});

describe('audit log', () => {
  const event: AuditEvent = {
    id: '42',
    at: '2025-06-02T10:00:05+09:00',
    actorUserId: staff.id,
    actorDisplayName: '産業振興課 職員',
    action: 'personal-data.read',
    targetType: 'user-list',
    targetId: null,
    oldValue: null,
    newValue: { q: 'hanako', page: 1 },
  };

  it('asks the API for the filters in the address, the dates as Japan-time instants', async () => {
    serve({ 'GET /api/admin/audit-log': () => page([event]) });
    await renderAppAt('/staff/audit-log?action=personal-data.read&from=2025-06-01&to=2025-06-30');

    const table = await screen.findByRole('table', { name: '操作記録' });
    expect(queryOf(api.to('GET /api/admin/audit-log')[0])).toEqual({
      action: 'personal-data.read',
      from: '2025-06-01T00:00:00+09:00',
      to: '2025-07-01T00:00:00+09:00',
      page: '1',
      pageSize: '20',
    });
    expect((screen.getByRole('combobox', { name: '操作の種類' }) as HTMLSelectElement).value).toBe('personal-data.read');
    expect((document.getElementById('audit-from') as HTMLInputElement).value).toBe('2025-06-01');

    const cells = within(within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell');
    expect(cells[0]?.textContent).toBe('2025年6月2日 10:00:05');
    expect(cells[2]?.textContent).toBe('個人情報の閲覧personal-data.read');
    expect(cells[3]?.textContent).toBe('利用者一覧');
    expect(cells[5]?.querySelector('pre')?.textContent).toBe('{\n  "q": "hanako",\n  "page": 1\n}');
    expect(within(table).getAllByRole('columnheader')[0]?.textContent).toBe('日時（日本時間）');
  });

  it('puts the filters into the address, and refuses a malformed ID or a range that ends before it starts', async () => {
    serve({ 'GET /api/admin/audit-log': () => page([]) });
    const { router } = await renderAppAt('/staff/audit-log');
    await screen.findByText('該当するものはありません。');

    const actor = screen.getByRole('textbox', { name: '操作した人のID' });
    fireEvent.change(actor, { target: { value: 'hanako' } });
    fireEvent.change(document.getElementById('audit-from') as HTMLInputElement, { target: { value: '2025-06-10' } });
    fireEvent.change(document.getElementById('audit-to') as HTMLInputElement, { target: { value: '2025-06-01' } });
    await press(screen.getByRole('button', { name: '絞り込む' }));

    expect(descriptionOf(actor)).toContain('操作した人のIDの形式が正しくありません');
    expect(descriptionOf(document.getElementById('audit-to') as HTMLElement)).toContain('終了日は、開始日と同じ日かそれより後の日にしてください。');
    expect(document.activeElement).toBe(actor);
    expect(router.state.location.search).toBe('');

    fireEvent.change(actor, { target: { value: staff.id } });
    fireEvent.change(document.getElementById('audit-to') as HTMLInputElement, { target: { value: '2025-06-30' } });
    fireEvent.change(screen.getByRole('combobox', { name: '対象の種類' }), { target: { value: 'user' } });
    await press(screen.getByRole('button', { name: '絞り込む' }));

    await waitFor(() => expect(router.state.location.search).toBe(`?targetType=user&actorUserId=${staff.id}&from=2025-06-10&to=2025-06-30`));
    await waitFor(() => expect(queryOf(api.to('GET /api/admin/audit-log').at(-1))).toMatchObject({ targetType: 'user', actorUserId: staff.id }));
  });

  it('offers to show only what I did', async () => {
    serve({ 'GET /api/admin/audit-log': () => page([event]) });
    await renderAppAt('/staff/audit-log');

    expect((await screen.findByRole('link', { name: '自分の操作だけを表示する' })).getAttribute('href')).toBe(`/staff/audit-log?actorUserId=${staff.id}`);
  });

  it('labels times JST in English', async () => {
    window.localStorage.setItem(languageStorageKey, 'en');
    serve({ 'GET /api/admin/audit-log': () => page([event]) });
    await renderAppAt('/staff/audit-log');

    const table = await screen.findByRole('table', { name: 'Audit log' });
    expect(within(table).getAllByRole('columnheader')[0]?.textContent).toBe('Time (JST)');
    expect(within(table).getByText('2 Jun 2025, 10:00:05')).toBeTruthy();
  });
});

describe('mail delivery log', () => {
  const entry = (overrides: Partial<DeliveryLogEntry>): DeliveryLogEntry => ({
    id: '7',
    recipientEmail: 'taro@example.jp',
    template: 'verify-email',
    category: 'critical',
    topic: null,
    status: 'sent',
    attempts: 1,
    lastError: null,
    messageId: '<7@portal.example.jp>',
    sendAt: '2025-06-02T10:00:00+09:00',
    sentAt: '2025-06-02T10:00:02+09:00',
    createdAt: '2025-06-02T10:00:00+09:00',
    deliveryAttempts: [
      { attempt: 1, outcome: 'sent', error: null, smtpResponse: '250 OK', startedAt: '2025-06-02T10:00:01+09:00', finishedAt: '2025-06-02T10:00:02+09:00' },
    ],
    ...overrides,
  });

  it('says each mail’s state in words, opens its attempts, and resends a failed one', async () => {
    const failed = entry({
      id: '8',
      recipientEmail: 'jiro@example.jp',
      template: 'password-reset',
      status: 'failed',
      attempts: 5,
      sentAt: null,
      lastError: '550 mailbox unavailable',
      deliveryAttempts: [],
    });
    const retrying = entry({ id: '9', recipientEmail: 'saburo@example.jp', status: 'queued', attempts: 2, sentAt: null });
    serve({
      'GET /api/admin/notifications': () => page([entry({}), failed, retrying]),
      'POST /api/admin/notifications/8/resend': () => noContent(),
    });
    await renderAppAt('/staff/deliveries?recipient=example.jp&status=bogus');

    const table = await screen.findByRole('table', { name: 'メール送信記録' });
    expect(queryOf(api.to('GET /api/admin/notifications')[0])).toEqual({ recipient: 'example.jp', page: '1', pageSize: '20' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[3]?.textContent)).toEqual(['送信済み', '失敗', '再試行待ち']);
    expect(within(rows[0] as HTMLElement).getAllByRole('cell')[2]?.textContent).toBe('メールアドレスの確認');

    const details = within(rows[0] as HTMLElement).getByRole('button', { name: 'taro@example.jp 宛てのメールの詳細を表示' });
    expect(details.getAttribute('aria-expanded')).toBe('false');
    await press(details);
    expect(details.getAttribute('aria-expanded')).toBe('true');
    const attempts = screen.getByRole('table', { name: 'taro@example.jp 宛てのメールの送信の試行' });
    expect(within(attempts).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '送信成功',
      '2025年6月2日 10:00:01',
      '2025年6月2日 10:00:02',
      '250 OK',
    ]);

    expect(within(rows[0] as HTMLElement).queryByRole('button', { name: /再送/ })).toBeNull();
    await press(within(rows[1] as HTMLElement).getByRole('button', { name: 'jiro@example.jp 宛てのメールを再送' }));

    expect(await screen.findByText('jiro@example.jp 宛てのメールを、送信待ちに戻しました。まもなく送信されます。')).toBeTruthy();
    expect(api.to('POST /api/admin/notifications/8/resend')).toHaveLength(1);
  });

  it('shows the API’s refusal to resend a mail that is no longer failed', async () => {
    serve({
      'GET /api/admin/notifications': () => page([entry({ id: '8', status: 'failed', sentAt: null })]),
      'POST /api/admin/notifications/8/resend': () => errorResponse(409, 'NOT_RESENDABLE', '送信に失敗したメールだけを再送できます。'),
    });
    await renderAppAt('/staff/deliveries');

    await press(await screen.findByRole('button', { name: 'taro@example.jp 宛てのメールを再送' }));

    await waitFor(() => expect(screen.getByText('送信に失敗したメールだけを再送できます。')).toBeTruthy());
  });

  it('puts the chosen filters into the address', async () => {
    serve({ 'GET /api/admin/notifications': () => page([]) });
    const { router } = await renderAppAt('/staff/deliveries');
    await screen.findByText('該当するものはありません。');

    fireEvent.change(screen.getByRole('searchbox', { name: '宛先' }), { target: { value: 'taro@example.jp' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'メールの種類' }), { target: { value: 'verify-email' } });
    fireEvent.change(screen.getByRole('combobox', { name: '状態' }), { target: { value: 'failed' } });
    await press(screen.getByRole('button', { name: '絞り込む' }));

    await waitFor(() => expect(router.state.location.search).toBe('?recipient=taro%40example.jp&template=verify-email&status=failed'));
    await waitFor(() =>
      expect(queryOf(api.to('GET /api/admin/notifications').at(-1))).toEqual({ recipient: 'taro@example.jp', template: 'verify-email', status: 'failed', page: '1', pageSize: '20' }),
    );
  });
});

describe('counter registration', () => {
  const text = (name: string | RegExp) => screen.getByRole('textbox', { name });
  const choose = async (name: string | RegExp) => press(screen.getByRole('radio', { name }));

  it('says what is missing, including how the person consented', async () => {
    await renderAppAt('/staff/counter-registration');
    await screen.findByRole('heading', { level: 1, name: '窓口での利用登録' });

    await press(screen.getByRole('button', { name: '登録してメールを送る' }));

    expect(within(screen.getByRole('alert')).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'メールアドレスを入力してください。',
      'お名前を入力してください。',
      '同意の確認方法を選んでください。',
    ]);
    expect(api.to('POST /api/admin/counter-registrations')).toHaveLength(0);
  });

  it('registers the person with their consent and organization, and says a mail is on its way', async () => {
    serve({ 'POST /api/admin/counter-registrations': () => jsonResponse(201, { userId: hanako.id, organizationId: '5f0c1c52-3c1a-4b8e-9d47-2a6e1b0e7c10' }) });
    await renderAppAt('/staff/counter-registration');
    await screen.findByRole('heading', { level: 1, name: '窓口での利用登録' });
    expect(screen.getByText(/パスワードは職員が設定しません。/)).toBeTruthy();

    fireEvent.change(text('メールアドレス'), { target: { value: 'hanako@example.jp' } });
    fireEvent.change(text('お名前'), { target: { value: '朝霞 花子' } });
    await press(within(screen.getByRole('radiogroup', { name: 'メールの言語' })).getByRole('radio', { name: 'English' }));
    await press(screen.getByRole('checkbox', { name: /^起業家・創業希望者/ }));
    await choose('署名済みの同意書を受け取った');
    fireEvent.change(text('備考（任意）'), { target: { value: '同意書 No.2025-014' } });
    await press(screen.getByRole('checkbox', { name: /ご本人の事業者もあわせて登録する/ }));
    fireEvent.change(text('事業者名'), { target: { value: 'はなこ商店' } });
    fireEvent.change(text('法人番号（任意）'), { target: { value: '' } });
    fireEvent.change(text('所在地'), { target: { value: '朝霞市膝折町' } });
    fireEvent.change(text('業種'), { target: { value: '小売業' } });
    fireEvent.change(text('従業員数'), { target: { value: '2' } });
    await press(screen.getByRole('button', { name: '登録してメールを送る' }));

    expect(await screen.findByRole('heading', { level: 2, name: '登録しました' })).toBe(document.activeElement);
    expect(screen.getByText('朝霞 花子さんのアカウントを作成し、hanako@example.jp 宛てにパスワード設定用のメールをお送りしました。')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'このメールの送信状況を確認する' }).getAttribute('href')).toBe('/staff/deliveries?recipient=hanako%40example.jp');
    expect(api.to('POST /api/admin/counter-registrations')[0]?.body).toEqual({
      email: 'hanako@example.jp',
      displayName: '朝霞 花子',
      locale: 'en',
      roles: ['entrepreneur'],
      consent: { method: 'signed-form', note: '同意書 No.2025-014' },
      organization: { name: 'はなこ商店', address: '朝霞市膝折町', industry: '小売業', employeeCount: 2 },
    });
  });

  it('shows an address that already has an account next to the field', async () => {
    serve({
      'POST /api/admin/counter-registrations': () =>
        errorResponse(409, 'EMAIL_ALREADY_REGISTERED', 'このメールアドレスのアカウントはすでにあります。ご本人にログインまたはパスワード再設定をご案内ください。'),
    });
    await renderAppAt('/staff/counter-registration');
    await screen.findByRole('heading', { level: 1, name: '窓口での利用登録' });

    fireEvent.change(text('メールアドレス'), { target: { value: 'hanako@example.jp' } });
    fireEvent.change(text('お名前'), { target: { value: '朝霞 花子' } });
    await choose('口頭で同意を確認した');
    await press(screen.getByRole('button', { name: '登録してメールを送る' }));

    await waitFor(() => expect(descriptionOf(text('メールアドレス'))).toContain('このメールアドレスのアカウントはすでにあります。'));
    expect(api.to('POST /api/admin/counter-registrations')[0]?.body).toEqual({
      email: 'hanako@example.jp',
      displayName: '朝霞 花子',
      locale: 'ja',
      roles: [],
      consent: { method: 'verbal' },
    });
  });
});
