import type { MeResponse, Organization } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { descriptionOf, meFixture } from '../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, noContent, signedOut, type FakeHandler } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';

const organizationId = '5f0c1c52-3c1a-4b8e-9d47-2a6e1b0e7c10';
const taroId = '7d1e2f30-1111-4c2d-8e9f-0a1b2c3d4e5f';
const token = 'i'.repeat(43);

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let organization: Organization;

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    [`GET /api/organizations/${organizationId}`]: () => jsonResponse(200, organization),
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

beforeEach(() => {
  window.localStorage.clear();
  me = meFixture();
  organization = {
    id: organizationId,
    name: 'みつばち雑貨店',
    corporateNumber: '7000012050002',
    address: '朝霞市本町二丁目',
    industry: '小売業（雑貨）',
    employeeCount: 3,
    myRole: 'owner',
    members: [
      { userId: meFixture().id, displayName: '朝霞 花子', role: 'owner' },
      { userId: taroId, displayName: '膝折 太郎', role: 'member' },
    ],
  };
  serve();
});

afterEach(() => jest.restoreAllMocks());

const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};
const field = (label: string | RegExp) => screen.getByRole('textbox', { name: label });

describe('registering an organization', () => {
  async function fillIn(corporateNumber: string) {
    await screen.findByRole('heading', { level: 1, name: '事業者の登録' });
    fireEvent.change(field('事業者名'), { target: { value: ' 朝霞ベーカリー ' } });
    fireEvent.change(field('法人番号（任意）'), { target: { value: corporateNumber } });
    fireEvent.change(field('所在地'), { target: { value: '朝霞市仲町一丁目' } });
    fireEvent.change(field('業種'), { target: { value: '製造小売業（パン）' } });
    fireEvent.change(field('従業員数'), { target: { value: '１２' } });
    await press(screen.getByRole('button', { name: '登録する' }));
  }

  it('accepts the 法人番号 in full-width with hyphens, sends its 13 digits, and opens the new organization', async () => {
    serve({
      'POST /api/organizations': () => {
        organization = { ...organization, name: '朝霞ベーカリー' };
        return jsonResponse(201, organization);
      },
    });
    const { router } = await renderAppAt('/account/organizations/new');

    await fillIn('７０００－０１２０－５０００２');

    await waitFor(() => expect(router.state.location.pathname).toBe(`/account/organizations/${organizationId}`));
    expect(api.to('POST /api/organizations')[0]?.body).toEqual({
      name: '朝霞ベーカリー',
      corporateNumber: '7000012050002',
      address: '朝霞市仲町一丁目',
      industry: '製造小売業（パン）',
      employeeCount: 12,
    });
    expect(await screen.findByText('事業者を登録しました。')).toBeTruthy();
  });

  it('catches a mistyped digit by the check digit, without asking the API', async () => {
    await renderAppAt('/account/organizations/new');

    await fillIn('8000012050002');

    const corporateNumber = field('法人番号（任意）');
    expect(descriptionOf(corporateNumber)).toContain('この法人番号は正しくありません。');
    expect(document.activeElement).toBe(corporateNumber);
    expect(api.to('POST /api/organizations')).toHaveLength(0);
  });

  it('counts the digits when there are too few', async () => {
    await renderAppAt('/account/organizations/new');

    await fillIn('700001205000');

    expect(descriptionOf(field('法人番号（任意）'))).toContain('法人番号は13桁で入力してください（入力されたのは12桁です）。');
  });

  it('leaves the 法人番号 out when it is empty, and shows the API’s refusal of a taken one next to the field', async () => {
    serve({ 'POST /api/organizations': () => errorResponse(409, 'CORPORATE_NUMBER_TAKEN', 'この法人番号の事業者はすでに登録されています。') });
    await renderAppAt('/account/organizations/new');

    await fillIn('');
    expect(api.to('POST /api/organizations')[0]?.body).not.toHaveProperty('corporateNumber');

    fireEvent.change(field('法人番号（任意）'), { target: { value: '7000012050002' } });
    await press(screen.getByRole('button', { name: '登録する' }));
    await waitFor(() => expect(descriptionOf(field('法人番号（任意）'))).toContain('この法人番号の事業者はすでに登録されています。'));
  });

  it('says what is missing', async () => {
    await renderAppAt('/account/organizations/new');
    await screen.findByRole('heading', { level: 1, name: '事業者の登録' });

    await press(screen.getByRole('button', { name: '登録する' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      '事業者名を入力してください。',
      '所在地を入力してください。',
      '業種を入力してください。',
      '従業員数を入力してください。',
    ]);
  });
});

describe('an organization’s page', () => {
  it('shows its details and members in a captioned table, and lets its owner invite by mail', async () => {
    serve({ [`POST /api/organizations/${organizationId}/invitations`]: () => new Response(null, { status: 202 }) });
    await renderAppAt(`/account/organizations/${organizationId}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'みつばち雑貨店' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'みつばち雑貨店のメンバー（2人）' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['お名前', '立場', '操作']);
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['朝霞 花子（あなた）', '膝折 太郎']);
    expect(screen.getByRole('region', { name: 'みつばち雑貨店のメンバー（2人）' }).getAttribute('tabindex')).toBe('0');

    fireEvent.change(field('招待する方のメールアドレス'), { target: { value: 'taro@example.jp' } });
    await press(screen.getByRole('button', { name: '招待メールを送る' }));

    await waitFor(() =>
      expect(screen.getByText('taro@example.jp 宛てに招待メールをお送りしました。招待の有効期限は7日間です。')).toBeTruthy(),
    );
    expect(api.to(`POST /api/organizations/${organizationId}/invitations`)[0]?.body).toEqual({ email: 'taro@example.jp' });
  });

  it('asks before removing a member, then lists the members again', async () => {
    serve({
      [`DELETE /api/organizations/${organizationId}/members/${taroId}`]: () => {
        organization = { ...organization, members: organization.members.filter((member) => member.userId !== taroId) };
        return noContent();
      },
    });
    await renderAppAt(`/account/organizations/${organizationId}`);

    await press(await screen.findByRole('button', { name: '膝折 太郎さんをメンバーから外す' }));
    const dialog = await screen.findByRole('alertdialog', { name: '膝折 太郎さんをメンバーから外しますか' });
    await press(within(dialog).getByRole('button', { name: 'メンバーから外す' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await screen.findByText('膝折 太郎さんをメンバーから外しました。')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: '膝折 太郎' })).toBeNull());
  });

  it('does not offer the only owner a way to leave, and says why', async () => {
    await renderAppAt(`/account/organizations/${organizationId}`);

    expect(await screen.findByText('管理者はあなただけのため、抜けることはできません。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'この事業者から抜ける' })).toBeNull();
  });

  it('shows the API’s refusal in the dialog when the other owner left meanwhile', async () => {
    organization = { ...organization, members: organization.members.map((member) => ({ ...member, role: 'owner' as const })) };
    serve({
      [`DELETE /api/organizations/${organizationId}/members/${meFixture().id}`]: () =>
        errorResponse(409, 'LAST_OWNER', '最後のオーナーは外せません。先に別のオーナーを加えてください。'),
    });
    await renderAppAt(`/account/organizations/${organizationId}`);

    await press(await screen.findByRole('button', { name: 'この事業者から抜ける' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'みつばち雑貨店から抜けますか' });
    await press(within(dialog).getByRole('button', { name: '抜ける' }));

    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toBe('最後のオーナーは外せません。先に別のオーナーを加えてください。'));
  });

  it('shows a member no invitation form and no remove buttons, only their own way out', async () => {
    organization = { ...organization, myRole: 'member' };
    await renderAppAt(`/account/organizations/${organizationId}`);

    await screen.findByRole('heading', { level: 1, name: 'みつばち雑貨店' });
    expect(screen.queryByRole('heading', { name: 'メンバーを招待する' })).toBeNull();
    expect(screen.queryByRole('button', { name: /メンバーから外す/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'この事業者から抜ける' })).toBeTruthy();
  });

  it('says it was not found for someone who is not a member', async () => {
    serve({ [`GET /api/organizations/${organizationId}`]: () => errorResponse(404, 'NOT_FOUND', 'お探しのものは見つかりませんでした。') });
    await renderAppAt(`/account/organizations/${organizationId}`);

    expect(await screen.findByText('この事業者は見つかりませんでした。所属していない事業者のページは表示できません。')).toBeTruthy();
  });
});

describe('the invitation link', () => {
  const here = `/invitations/accept?token=${token}`;

  it('asks a visitor to sign in or sign up, to come back to the invitation afterwards', async () => {
    me = null;
    await renderAppAt(here);

    const main = within(screen.getByRole('main'));
    expect((await main.findByRole('link', { name: 'ログインして招待を受ける' })).getAttribute('href')).toBe(`/login?next=${encodeURIComponent(here)}`);
    expect(main.getByRole('link', { name: '新規登録' }).getAttribute('href')).toBe(`/signup?next=${encodeURIComponent(here)}`);
    expect(api.to('POST /api/organization-invitations/accept')).toHaveLength(0);
  });

  it('joins with one button and opens the organization', async () => {
    organization = { ...organization, myRole: 'member' };
    serve({ 'POST /api/organization-invitations/accept': () => jsonResponse(200, organization) });
    const { router } = await renderAppAt(here);

    await press(await screen.findByRole('button', { name: '参加する' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/account/organizations/${organizationId}`));
    expect(api.to('POST /api/organization-invitations/accept')[0]?.body).toEqual({ token });
    expect(await screen.findByText('みつばち雑貨店のメンバーになりました。')).toBeTruthy();
  });

  it('explains an invitation sent to another address, and offers to sign in as the right person', async () => {
    serve({
      'POST /api/organization-invitations/accept': () =>
        errorResponse(403, 'INVITATION_FOR_ANOTHER_ADDRESS', 'この招待は別のメールアドレス宛てです。招待されたアドレスのアカウントでログインしてください。'),
    });
    await renderAppAt(here);

    await press(await screen.findByRole('button', { name: '参加する' }));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('この招待は別のメールアドレス宛てです。'));
    expect(within(screen.getByRole('main')).getByRole('button', { name: 'ログアウト' })).toBeTruthy();
  });

  it('remembers the invitation through sign-up, so the confirmation page leads back to it', async () => {
    me = null;
    serve({
      'POST /api/auth/register': () => jsonResponse(202, { status: 'accepted' }),
      'POST /api/auth/verify-email': () => noContent(),
    });
    const { unmount } = await renderAppAt(`/signup?next=${encodeURIComponent(here)}`);
    await screen.findByRole('heading', { level: 1, name: '新規登録' });
    fireEvent.change(field('お名前'), { target: { value: '膝折 太郎' } });
    fireEvent.change(field('メールアドレス'), { target: { value: 'taro@example.jp' } });
    fireEvent.change(document.getElementById('signup-password') as HTMLInputElement, { target: { value: '黒目川の桜並木を歩いた春' } });
    await press(screen.getByRole('button', { name: '登録する' }));
    await screen.findByRole('heading', { level: 1, name: 'メールをお送りしました' });
    unmount();

    await renderAppAt(`/verify-email?token=${'v'.repeat(43)}`);

    const signIn = await screen.findByRole('link', { name: 'ログインする' });
    expect(signIn.getAttribute('href')).toBe(`/login?next=${encodeURIComponent(here)}`);
  });
});
