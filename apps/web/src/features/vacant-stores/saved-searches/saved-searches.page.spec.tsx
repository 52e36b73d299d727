import type { MeResponse, SavedSearch } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { languageStorageKey } from '../../../i18n/i18n';
import { meFixture } from '../../../testing/fixtures';
import { fakeApi, jsonResponse, noContent, signedOut, type FakeHandler } from '../../../testing/fake-api';
import { renderAppAt } from '../../../testing/render-app';

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let searches: SavedSearch[];

const cafes: SavedSearch = {
  id: '6c1d2e3f-4a5b-4c6d-8e7f-8a9b0c1d2e3f',
  kind: 'vacant-store',
  name: '朝霞台のカフェ',
  criteria: { q: 'カフェ', station: '朝霞台', use: '飲食', minArea: 30, maxRent: 300000 },
  alert: 'immediate',
  createdAt: '2025-06-01T09:00:00+09:00',
  updatedAt: '2025-06-01T09:00:00+09:00',
};
const offices: SavedSearch = {
  ...cafes,
  id: '7d2e3f4a-5b6c-4d7e-8f9a-9b0c1d2e3f4a',
  name: '駅近の事務所',
  criteria: { use: '事務所', near: '35.7975,139.5873,1' },
  alert: 'daily',
};

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    'GET /api/saved-searches': () => jsonResponse(200, { items: searches, total: searches.length, page: 1, pageSize: 20 }),
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};
const item = (name: string) => screen.getByRole('article', { name });
const facts = (article: HTMLElement) => Array.from(article.querySelectorAll('dt'), (term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);

beforeEach(() => {
  window.localStorage.clear();
  me = meFixture();
  searches = [cafes, offices];
});

afterEach(() => jest.restoreAllMocks());

describe('my saved searches (/account/saved-searches)', () => {
  it('lists each search in words with its alert, runs it with a link that puts its filters back in the address, and says the mails follow the mail settings', async () => {
    serve();
    await renderAppAt('/account/saved-searches');

    expect(await screen.findByRole('heading', { level: 1, name: '保存した検索条件' })).toBeTruthy();
    await screen.findByRole('article', { name: '朝霞台のカフェ' });
    expect(facts(item('朝霞台のカフェ'))).toEqual([
      '条件: 「カフェ」・朝霞台駅・飲食・30m²以上・月額300,000円まで',
      'お知らせ: すぐに知らせる',
      '保存日時（日本時間）: 2025年6月1日 09:00:00',
    ]);
    expect(facts(item('駅近の事務所'))[0]).toBe('条件: 事務所・地図の地点から1km以内');
    expect(facts(item('駅近の事務所'))[1]).toBe('お知らせ: 1日1回まとめて知らせる');

    const run = within(item('朝霞台のカフェ')).getByRole('link', { name: 'この条件で探す：朝霞台のカフェ' });
    expect(run.getAttribute('href')).toBe(`/vacant-stores?${new URLSearchParams({ q: 'カフェ', station: '朝霞台', use: '飲食', minArea: '30', maxRent: '300000' }).toString()}`);
    expect(within(item('駅近の事務所')).getByRole('link', { name: 'この条件で探す：駅近の事務所' }).getAttribute('href')).toBe(
      `/vacant-stores?${new URLSearchParams({ use: '事務所', near: '35.7975,139.5873,1' }).toString()}`,
    );

    expect(screen.getByText(/「保存した検索条件のお知らせ」（すぐに知らせる）と「毎日のまとめ」（1日1回まとめて知らせる）がオン/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'メールの受信設定を確認する' }).getAttribute('href')).toBe('/account#mail');
  });

  it('renames a search and changes its alert, then says so', async () => {
    serve({
      [`PATCH /api/saved-searches/${cafes.id}`]: ({ body }) => {
        searches = [{ ...cafes, ...(body as Partial<SavedSearch>) }, offices];
        return jsonResponse(200, searches[0]);
      },
    });
    await renderAppAt('/account/saved-searches');
    await screen.findByRole('article', { name: '朝霞台のカフェ' });

    const edit = within(item('朝霞台のカフェ')).getByRole('button', { name: '名前・お知らせを変更する：朝霞台のカフェ' });
    await press(edit);
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    const name = within(item('朝霞台のカフェ')).getByRole('textbox', { name: '条件の名前' });
    fireEvent.change(name, { target: { value: '朝霞台 カフェ 30万円まで' } });
    await press(within(item('朝霞台のカフェ')).getByRole('radio', { name: /^知らせない/ }));
    await press(within(item('朝霞台のカフェ')).getByRole('button', { name: '変更を保存する' }));

    await screen.findByRole('article', { name: '朝霞台 カフェ 30万円まで' });
    expect(api.to(`PATCH /api/saved-searches/${cafes.id}`)[0]?.body).toEqual({ name: '朝霞台 カフェ 30万円まで', alert: 'off' });
    expect(screen.getByRole('status').textContent).toBe('「朝霞台 カフェ 30万円まで」を変更しました。');
    expect(facts(item('朝霞台 カフェ 30万円まで'))[1]).toBe('お知らせ: 知らせない');
    expect(document.activeElement).toBe(within(item('朝霞台 カフェ 30万円まで')).getByRole('button', { name: /^名前・お知らせを変更する/ }));
  });

  it('deletes a search after asking, and moves the reading position to the page’s heading', async () => {
    serve({
      [`DELETE /api/saved-searches/${offices.id}`]: () => {
        searches = [cafes];
        return noContent();
      },
    });
    await renderAppAt('/account/saved-searches');
    await screen.findByRole('article', { name: '駅近の事務所' });

    await press(within(item('駅近の事務所')).getByRole('button', { name: '削除：駅近の事務所' }));
    const dialog = await screen.findByRole('alertdialog', { name: '「駅近の事務所」を削除しますか' });
    await press(within(dialog).getByRole('button', { name: '削除する' }));

    await waitFor(() => expect(screen.queryByRole('article', { name: '駅近の事務所' })).toBeNull());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.to(`DELETE /api/saved-searches/${offices.id}`)).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('「駅近の事務所」を削除しました。');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: '保存した検索条件' })));
  });

  it('says how to save one when there is none, and asks a visitor to sign in', async () => {
    searches = [];
    serve();
    const { unmount } = await renderAppAt('/account/saved-searches');
    expect(await screen.findByText('保存した検索条件はありません。空き店舗をさがすページで「この条件を保存」を押すと、ここに表示されます。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '空き店舗をさがす' }).getAttribute('href')).toBe('/vacant-stores');
    unmount();

    me = null;
    serve();
    await renderAppAt('/account/saved-searches');
    expect((await within(screen.getByRole('main')).findByRole('link', { name: 'ログイン' })).getAttribute('href')).toBe('/login?next=%2Faccount%2Fsaved-searches');
    expect(api.to('GET /api/saved-searches')).toHaveLength(0);
  });

  it('reads in English', async () => {
    window.localStorage.setItem(languageStorageKey, 'en');
    serve();
    await renderAppAt('/account/saved-searches');

    await screen.findByRole('article', { name: '朝霞台のカフェ' });
    expect(facts(item('朝霞台のカフェ'))[0]).toBe('Search: “カフェ”, Asakadai Station, Food and drink, 30 m² or more, up to ¥300,000 a month');
    expect(within(item('朝霞台のカフェ')).getByRole('link', { name: 'Run this search: 朝霞台のカフェ' })).toBeTruthy();
  });
});
