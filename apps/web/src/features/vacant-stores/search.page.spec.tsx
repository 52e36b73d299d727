import type { VacantStoreSummary } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { languageStorageKey } from '../../i18n/i18n';
import { fakeApi, jsonResponse, type FakeHandler, type RecordedRequest } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';
import { storePage, summaryFixture } from './testing/store-fixtures';

// The map's chunk (Leaflet) is what a browser loads on demand; here it "fails to arrive", as it
// would offline, and the list must not care.
jest.mock('./map-loader', () => ({ loadMaps: () => Promise.reject(new Error('the map chunk could not be loaded')) }));

const asakadai = summaryFixture();
const kitaAsaka = summaryFixture({
  id: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  title: '北朝霞 駅前 飲食店居抜き',
  district: '浜崎一丁目',
  station: '北朝霞',
  walkMinutes: 2,
  floorAreaSquareMetres: 52.7,
  floorAreaTsubo: 15.9,
  monthlyRentYen: 260_000,
  commonChargesYen: 15_000,
  monthlyTotalYen: 275_000,
  coverPhotoUrl: '/api/vacant-stores/8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/photos/1/thumbnail',
});

let api: ReturnType<typeof fakeApi>;

function serve(search: FakeHandler) {
  api = fakeApi({ 'GET /api/vacant-stores': search });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

/** Answers like the API would for the station asked for. */
const byStation: FakeHandler = ({ query }) => {
  const all: VacantStoreSummary[] = [asakadai, kitaAsaka];
  const items = all.filter((store) => !query.get('station') || store.station === query.get('station'));
  return jsonResponse(200, storePage(items, items.length, Number(query.get('page') ?? 1)));
};

const queryOf = (request: RecordedRequest | undefined) => Object.fromEntries(request?.query ?? []);
const searches = () => api.to('GET /api/vacant-stores');
const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};
const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const finerConditions = () => screen.getByText('面積・月額・並び順を指定する').closest('details') as HTMLDetailsElement;

beforeEach(() => {
  window.localStorage.clear();
  serve(byStation);
});

afterEach(() => jest.restoreAllMocks());

describe('searching for a vacant store', () => {
  it('runs the search the address holds and shows it in the form, then puts a new search in the address, and back shows the old one', async () => {
    const { router } = await renderAppAt('/vacant-stores?q=%E9%A3%B2%E9%A3%9F&station=%E6%9C%9D%E9%9C%9E%E5%8F%B0&maxRent=300000&sort=rent');

    expect(await screen.findByRole('heading', { level: 1, name: '空き店舗をさがす' })).toBeTruthy();
    await screen.findByRole('heading', { level: 3, name: '朝霞台駅前 飲食可 1階路面' });
    expect(queryOf(searches()[0])).toEqual({ q: '飲食', station: '朝霞台', maxRent: '300000', sort: 'rent', page: '1', pageSize: '20' });
    expect((screen.getByRole('searchbox', { name: 'キーワード' }) as HTMLInputElement).value).toBe('飲食');
    expect(select('最寄り駅').value).toBe('朝霞台');
    expect(select('月額の上限').value).toBe('300000');
    expect(select('並び順').value).toBe('rent');
    // The finer conditions are folded away unless the search uses one, as this one does.
    expect(finerConditions().open).toBe(true);
    expect(screen.getByText('1件の物件が見つかりました（1〜1件目を表示）。').getAttribute('role')).toBe('status');

    fireEvent.change(select('最寄り駅'), { target: { value: '北朝霞' } });
    await press(screen.getByRole('button', { name: 'この条件で探す' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(`?${new URLSearchParams({ q: '飲食', station: '北朝霞', maxRent: '300000', sort: 'rent' }).toString()}`),
    );
    expect(await screen.findByRole('heading', { level: 3, name: '北朝霞 駅前 飲食店居抜き' })).toBeTruthy();
    expect(queryOf(searches().at(-1))).toMatchObject({ q: '飲食', station: '北朝霞' });

    await act(async () => {
      await router.navigate(-1);
    });

    await screen.findByRole('heading', { level: 3, name: '朝霞台駅前 飲食可 1階路面' });
    expect(select('最寄り駅').value).toBe('朝霞台');
    expect(screen.queryByRole('heading', { level: 3, name: '北朝霞 駅前 飲食店居抜き' })).toBeNull();
  });

  it('shows each store with its station and walk, m² with 坪, the monthly total in yen and the uses, and its photo when it has one', async () => {
    await renderAppAt('/vacant-stores');

    const card = (await screen.findByRole('article', { name: '北朝霞 駅前 飲食店居抜き' })) as HTMLElement;
    const facts = within(card)
      .getAllByRole('term')
      .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
    expect(facts).toEqual([
      '最寄り駅: 北朝霞駅 徒歩2分',
      '所在地: 朝霞市浜崎一丁目',
      '面積: 52.7m²（15.9坪）・1F',
      '月額（賃料＋共益費）: 275,000円（賃料260,000円＋共益費15,000円）',
      '用途: 飲食',
    ]);
    expect(within(card).getByText('居抜き')).toBeTruthy();
    expect(card.querySelector('img')?.getAttribute('src')).toBe(kitaAsaka.coverPhotoUrl);
    // The photo repeats the title, so screen readers skip it.
    expect(card.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(screen.getByRole('article', { name: '朝霞台駅前 飲食可 1階路面' }).querySelector('img')).toBeNull();
    expect(within(card).getByRole('link', { name: '北朝霞 駅前 飲食店居抜き' }).getAttribute('href')).toBe(`/vacant-stores/${kitaAsaka.id}`);
  });

  it('reads it in English: stations, uses and yen', async () => {
    window.localStorage.setItem(languageStorageKey, 'en');
    await renderAppAt('/vacant-stores?station=%E5%8C%97%E6%9C%9D%E9%9C%9E');

    const card = (await screen.findByRole('article', { name: '北朝霞 駅前 飲食店居抜き' })) as HTMLElement;
    expect(within(card).getByText('2 min walk from Kita-Asaka Station')).toBeTruthy();
    expect(within(card).getByText('52.7 m² (15.9 tsubo), floor 1F')).toBeTruthy();
    expect(within(card).getByText('¥275,000')).toBeTruthy();
    expect(within(card).getByText('Food and drink')).toBeTruthy();
    expect(screen.getByText('Stores found: 1 (showing 1 to 1).')).toBeTruthy();
  });

  it('catches an upper floor area below the lower one before searching', async () => {
    const { router } = await renderAppAt('/vacant-stores');
    await screen.findByRole('heading', { level: 3, name: '朝霞台駅前 飲食可 1階路面' });
    const before = searches().length;
    expect(finerConditions().open).toBe(false);

    fireEvent.change(select('面積（下限）'), { target: { value: '50' } });
    fireEvent.change(select('面積（上限）'), { target: { value: '20' } });
    await press(screen.getByRole('button', { name: 'この条件で探す' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: '面積の上限は、下限より大きい値を選んでください。' })).toBeTruthy();
    expect(finerConditions().open).toBe(true);
    expect(document.activeElement).toBe(select('面積（上限）'));
    expect(select('面積（上限）').getAttribute('aria-invalid')).toBe('true');
    expect(router.state.location.search).toBe('');
    expect(searches()).toHaveLength(before);
  });

  it('says when nothing matches, in the polite live region', async () => {
    serve(() => jsonResponse(200, storePage([])));
    await renderAppAt('/vacant-stores?q=%E7%8F%88%E7%90%B2');

    expect(await screen.findByText('条件に合う物件は見つかりませんでした。条件を変えてお試しください。')).toBeTruthy();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('pages through the results with links that keep the search', async () => {
    serve(({ query }) => jsonResponse(200, storePage([asakadai], 45, Number(query.get('page') ?? 1))));
    await renderAppAt('/vacant-stores?station=%E6%9C%9D%E9%9C%9E%E5%8F%B0&page=2');

    const pages = await screen.findByRole('navigation', { name: 'ページ送り' });
    expect(within(pages).getByRole('link', { name: '前のページ' }).getAttribute('href')).toBe('/vacant-stores?station=%E6%9C%9D%E9%9C%9E%E5%8F%B0');
    expect(within(pages).getByRole('link', { name: '次のページ' }).getAttribute('href')).toBe('/vacant-stores?station=%E6%9C%9D%E9%9C%9E%E5%8F%B0&page=3');
  });

  it('searches around a point kept in the address, nearest first, and shows how far each store is', async () => {
    serve(() => jsonResponse(200, storePage([summaryFixture({ distanceKm: 0.42 })])));
    await renderAppAt('/vacant-stores?near=35.8139,139.5875,1&sort=distance');

    const card = (await screen.findByRole('article', { name: '朝霞台駅前 飲食可 1階路面' })) as HTMLElement;
    expect(within(card).getByText('約0.4km')).toBeTruthy();
    expect(queryOf(searches()[0])).toMatchObject({ near: '35.8139,139.5875,1', sort: 'distance' });
    expect(select('指定した地点からの距離').value).toBe('1');
    expect(select('並び順').value).toBe('distance');
  });

  it('keeps the list when the map cannot be shown, and keeps the view in the address', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { router } = await renderAppAt('/vacant-stores?station=%E6%9C%9D%E9%9C%9E%E5%8F%B0');
    await screen.findByRole('heading', { level: 3, name: '朝霞台駅前 飲食可 1階路面' });

    const mapView = screen.getByRole('radio', { name: '地図と一覧' });
    mapView.focus();
    await press(mapView);

    await waitFor(() => expect(router.state.location.search).toBe('?station=%E6%9C%9D%E9%9C%9E%E5%8F%B0&view=map'));
    expect(await screen.findByText('地図を表示できませんでした。一覧からご覧ください。')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: '朝霞台駅前 飲食可 1階路面' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '地図と一覧' }).getAttribute('aria-checked')).toBe('true');
    // The switch changed how the results look, not the page: focus stays on it.
    expect(document.activeElement).toBe(mapView);
    consoleError.mockRestore();
  });
});
