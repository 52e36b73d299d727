import type { MeResponse, StoreMatch } from '@asaka/contracts';
import { fiscalYearOf } from '@asaka/domain';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meFixture } from '../../../testing/fixtures';
import { fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../../testing/fake-api';
import { renderAppAt } from '../../../testing/render-app';
import { matchFixture, pageOf } from '../testing/inquiry-fixtures';

const staff = meFixture({ id: '11111111-2222-4333-8444-555555555555', displayName: '産業振興課 職員', roles: ['staff'], secondFactorEnabled: true });
const thisYear = fiscalYearOf(new Date());

const awaiting = matchFixture();
const waitingForTenant = matchFixture({
  vacantStoreId: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  inquiryId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  storeTitle: '北朝霞 駅前 飲食店居抜き',
  seekerName: '膝折 創',
  status: 'let',
  seekerConfirmedAt: null,
  canConfirm: false,
});

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let matches: StoreMatch[];
let confirmedByYear: Record<number, number>;

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    'GET /api/vacant-stores/matches': ({ query }) => {
      const status = query.get('status');
      const items = matches.filter((match) => !status || match.status === status);
      return jsonResponse(200, pageOf(items));
    },
    'GET /api/vacant-stores/stats/matches': ({ query }) => {
      const fiscalYear = Number(query.get('fiscalYear') ?? thisYear);
      return jsonResponse(200, { fiscalYear, confirmedMatches: confirmedByYear[fiscalYear] ?? 0 });
    },
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};
const count = () => screen.getByRole('region', { name: '空き店舗の活用件数' });

beforeEach(() => {
  window.localStorage.clear();
  me = staff;
  matches = [awaiting, waitingForTenant];
  confirmedByYear = { [thisYear]: 3, [thisYear - 1]: 5 };
  serve();
});

afterEach(() => jest.restoreAllMocks());

describe('staff confirm the lets of vacant stores', () => {
  it('show 空き店舗の活用件数 of the current Japanese fiscal year, and the lets waiting for the city first', async () => {
    await renderAppAt('/staff/vacant-stores/matches');

    expect(await within(count()).findByText(`${thisYear}年度：3件`)).toBeTruthy();
    expect(api.to('GET /api/vacant-stores/stats/matches')[0]?.query.get('fiscalYear')).toBe(String(thisYear));
    expect((screen.getByRole('combobox', { name: '年度' }) as HTMLSelectElement).value).toBe(String(thisYear));

    const table = await screen.findByRole('table', { name: '成約の報告があった物件' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['朝霞台駅前 飲食可 1階路面', '北朝霞 駅前 飲食店居抜き']);
    expect(rows[0]?.textContent).toContain('市の確認待ち');
    expect(rows[0]?.textContent).toContain('入居した方の確認 2025年6月11日 18:30:00');
    // Only a let the tenant confirmed can be confirmed.
    expect(within(table).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual(['「朝霞台駅前 飲食可 1階路面」の成約を確認する']);
  });

  it('confirm a match after asking, say so, and the year’s count rises', async () => {
    serve({
      [`POST /api/vacant-stores/${awaiting.vacantStoreId}/confirm-match`]: () => {
        const confirmed = { ...awaiting, status: 'matched' as const, matchConfirmedAt: new Date().toISOString(), fiscalYear: thisYear, canConfirm: false };
        matches = [waitingForTenant, confirmed];
        confirmedByYear[thisYear] = 4;
        return jsonResponse(200, confirmed);
      },
    });
    await renderAppAt('/staff/vacant-stores/matches');
    await within(count()).findByText(`${thisYear}年度：3件`);

    await press(await screen.findByRole('button', { name: '「朝霞台駅前 飲食可 1階路面」の成約を確認する' }));
    const dialog = screen.getByRole('alertdialog', { name: '「朝霞台駅前 飲食可 1階路面」の成約を確認しますか' });
    expect(dialog.textContent).toContain(`みつばち雑貨店から朝霞 花子さんに決まったと報告があり、朝霞 花子さんが入居を確認しています。確認すると、${thisYear}年度の空き店舗の活用件数に1件として数えます。`);
    expect(api.to(`POST /api/vacant-stores/${awaiting.vacantStoreId}/confirm-match`)).toHaveLength(0);
    await press(within(dialog).getByRole('button', { name: '成約を確認する' }));

    await waitFor(() => expect(api.to(`POST /api/vacant-stores/${awaiting.vacantStoreId}/confirm-match`)).toHaveLength(1));
    expect(await screen.findByText(`「朝霞台駅前 飲食可 1階路面」の成約を確認しました。${thisYear}年度の件数に数えました。`)).toBeTruthy();
    expect(await within(count()).findByText(`${thisYear}年度：4件`)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: '「朝霞台駅前 飲食可 1階路面」の成約を確認する' })).toBeNull());
    expect(screen.getByText(new RegExp(`${thisYear}年度に計上`))).toBeTruthy();
  });

  it('show another fiscal year’s count and filter by status from the address', async () => {
    const { router } = await renderAppAt('/staff/vacant-stores/matches');
    await within(count()).findByText(`${thisYear}年度：3件`);

    fireEvent.change(screen.getByRole('combobox', { name: '年度' }), { target: { value: String(thisYear - 1) } });
    fireEvent.change(screen.getByRole('combobox', { name: '状況' }), { target: { value: 'let' } });
    await press(screen.getByRole('button', { name: '表示する' }));

    await waitFor(() => expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(`/staff/vacant-stores/matches?fiscalYear=${thisYear - 1}&status=let`));
    expect(await within(count()).findByText(`${thisYear - 1}年度：5件`)).toBeTruthy();
    const table = await screen.findByRole('table', { name: '成約の報告があった物件' });
    await waitFor(() => expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['北朝霞 駅前 飲食店居抜き']));
    expect(api.to('GET /api/vacant-stores/matches').at(-1)?.query.get('status')).toBe('let');
  });

  it('are offered on the staff menu', async () => {
    await renderAppAt('/staff');
    const menu = within(await screen.findByRole('navigation', { name: '職員メニュー' }));
    expect(menu.getByRole('link', { name: '空き店舗の成約確認' }).getAttribute('href')).toBe('/staff/vacant-stores/matches');
  });
});
