import type { MeResponse, SavedSearch } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { descriptionOf, meFixture } from '../../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../../testing/fake-api';
import { renderAppAt } from '../../../testing/render-app';
import { storePage } from '../testing/store-fixtures';

jest.mock('../map-loader', () => ({ loadMaps: () => Promise.reject(new Error('the map chunk could not be loaded')) }));

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    'GET /api/vacant-stores': () => jsonResponse(200, storePage([])),
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

const savedFrom = (body: unknown): SavedSearch => ({
  id: '6c1d2e3f-4a5b-4c6d-8e7f-8a9b0c1d2e3f',
  ...(body as Pick<SavedSearch, 'kind' | 'name' | 'criteria' | 'alert'>),
  createdAt: '2025-06-01T09:00:00+09:00',
  updatedAt: '2025-06-01T09:00:00+09:00',
});

// カフェ, 朝霞台, 飲食, from 30 m², up to 300,000 yen, by rent, page 2: the page and the sort are not part of a saved search.
const searchAddress = `/vacant-stores?${new URLSearchParams({ q: 'カフェ', station: '朝霞台', use: '飲食', minArea: '30', maxRent: '300000', sort: 'rent', page: '2' }).toString()}`;

beforeEach(() => {
  window.localStorage.clear();
  me = meFixture();
});

afterEach(() => jest.restoreAllMocks());

describe('saving a search from the search page', () => {
  it('keeps the filters in the address under a name made from them, with the alert chosen, and says where to find it', async () => {
    serve({ 'POST /api/saved-searches': ({ body }) => jsonResponse(201, savedFrom(body)) });
    await renderAppAt(searchAddress);

    await press(await screen.findByRole('button', { name: 'この条件を保存' }));
    const dialog = await screen.findByRole('dialog', { name: '検索条件を保存する' });
    expect(within(dialog).getByText('「カフェ」・朝霞台駅・飲食・30m²以上・月額300,000円まで', { selector: 'dd' })).toBeTruthy();
    const name = within(dialog).getByRole('textbox', { name: '条件の名前' }) as HTMLInputElement;
    expect(name.value).toBe('「カフェ」・朝霞台駅・飲食・30m²以上・月額300,000円まで');
    expect((within(dialog).getByRole('radio', { name: /^すぐに知らせる/ }) as HTMLInputElement).checked).toBe(true);

    fireEvent.change(name, { target: { value: '朝霞台のカフェ' } });
    await press(within(dialog).getByRole('radio', { name: /^1日1回まとめて知らせる/ }));
    await press(within(dialog).getByRole('button', { name: '保存する' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.to('POST /api/saved-searches').map((request) => request.body)).toEqual([
      { kind: 'vacant-store', name: '朝霞台のカフェ', criteria: { q: 'カフェ', station: '朝霞台', use: '飲食', minArea: 30, maxRent: 300000 }, alert: 'daily' },
    ]);
    const status = screen.getByText('「朝霞台のカフェ」を保存しました。', { exact: false });
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(within(status).getByRole('link', { name: '保存した検索条件を見る' }).getAttribute('href')).toBe('/account/saved-searches');
  });

  it('keeps a point searched around, and calls a search without filters “all vacant stores”', async () => {
    serve({ 'POST /api/saved-searches': ({ body }) => jsonResponse(201, savedFrom(body)) });
    await renderAppAt('/vacant-stores?near=35.8141%2C139.5879%2C1');

    await press(await screen.findByRole('button', { name: 'この条件を保存' }));
    const dialog = await screen.findByRole('dialog', { name: '検索条件を保存する' });
    expect((within(dialog).getByRole('textbox', { name: '条件の名前' }) as HTMLInputElement).value).toBe('地図の地点から1km以内');
    await press(within(dialog).getByRole('button', { name: '保存する' }));

    await waitFor(() => expect(api.to('POST /api/saved-searches')).toHaveLength(1));
    expect(api.to('POST /api/saved-searches')[0]?.body).toMatchObject({ criteria: { near: '35.8141,139.5879,1' }, alert: 'immediate' });
  });

  it('asks for a name, and shows the server’s refusal in the dialog', async () => {
    serve({
      'POST /api/saved-searches': () => errorResponse(409, 'SAVED_SEARCH_LIMIT', '保存できる検索条件は20件までです。使わなくなった条件を削除してください。'),
    });
    await renderAppAt('/vacant-stores');

    await press(await screen.findByRole('button', { name: 'この条件を保存' }));
    const dialog = await screen.findByRole('dialog', { name: '検索条件を保存する' });
    const name = within(dialog).getByRole('textbox', { name: '条件の名前' });
    expect((name as HTMLInputElement).value).toBe('すべての空き店舗');
    fireEvent.change(name, { target: { value: '  ' } });
    await press(within(dialog).getByRole('button', { name: '保存する' }));
    expect(descriptionOf(name)).toContain('条件の名前を入力してください。');
    expect(api.to('POST /api/saved-searches')).toHaveLength(0);

    fireEvent.change(name, { target: { value: '全部' } });
    await press(within(dialog).getByRole('button', { name: '保存する' }));
    expect(await within(dialog).findByText('保存できる検索条件は20件までです。使わなくなった条件を削除してください。')).toBeTruthy();
  });

  it('offers a visitor to sign in and come back to the same search', async () => {
    me = null;
    serve();
    await renderAppAt('/vacant-stores?station=%E5%8C%97%E6%9C%9D%E9%9C%9E');

    const link = await screen.findByRole('link', { name: 'ログインして条件を保存する' });
    expect(link.getAttribute('href')).toBe(`/login?next=${encodeURIComponent('/vacant-stores?station=%E5%8C%97%E6%9C%9D%E9%9C%9E')}`);
    expect(screen.queryByRole('button', { name: 'この条件を保存' })).toBeNull();
    expect(screen.getByRole('link', { name: '希望条件に合うおすすめ物件を見る' }).getAttribute('href')).toBe('/vacant-stores/recommended');
  });
});
