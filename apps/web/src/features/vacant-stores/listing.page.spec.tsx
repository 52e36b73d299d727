import type { MeResponse, VacantStore } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { descriptionOf, meFixture } from '../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';
import { organizationId, storeFixture, storePage, summaryFixture } from './testing/store-fixtures';

// No Leaflet in jsdom: the maps' chunk stands in as one that did not arrive.
jest.mock('./map-loader', () => ({ loadMaps: () => new Promise(() => undefined) }));

const owner = meFixture({ displayName: '本町 商', organizations: [{ id: organizationId, name: 'みつばち雑貨店', role: 'owner' }] });
const staff = meFixture({ id: '11111111-2222-4333-8444-555555555555', displayName: '産業振興課 職員', roles: ['staff'], secondFactorEnabled: true });

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let store: VacantStore;

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    [`GET /api/vacant-stores/${store.id}`]: () => jsonResponse(200, store),
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};
const textbox = (name: string) => screen.getByRole('textbox', { name });
const type = (name: string, value: string) => fireEvent.change(textbox(name), { target: { value } });
const choose = (name: string, value: string) => fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });

beforeEach(() => {
  window.localStorage.clear();
  me = owner;
  store = storeFixture();
  serve();
});

afterEach(() => jest.restoreAllMocks());

describe('a store’s page', () => {
  it('shows every fact of the listing, m² with 坪 and the money in yen', async () => {
    me = null;
    store = storeFixture({
      photos: [{ id: 'a1b2c3d4-0000-4000-8000-000000000001', url: '/api/photo-1', thumbnailUrl: '/api/photo-1/thumbnail', caption: '外観（駅側から）', width: 1200, height: 900 }],
    });
    serve();
    await renderAppAt(`/vacant-stores/${store.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: '朝霞台駅前 飲食可 1階路面' })).toBeTruthy();
    const facts = Array.from(document.querySelectorAll('.details-list dt'), (term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
    expect(facts).toEqual([
      '所在地: 朝霞市東弁財一丁目4-2 朝霞台スクエア1F',
      '最寄り駅: 朝霞台駅 徒歩1分',
      '面積: 48.3m²（14.6坪）',
      '階: 1F',
      '入居可能日: 2026年4月1日',
      '月額（賃料＋共益費）: 300,000円',
      '賃料（月額）: 280,000円',
      '共益費（月額）: 20,000円',
      '敷金・保証金: 1,680,000円',
      '礼金: 280,000円',
      '契約形態: 普通借家契約',
      '用途: 飲食',
      '用途・営業の制限: 重飲食は要相談。営業は23時まで。',
      '前の業態: 居酒屋',
      '居抜き（設備の残置）: あり（前の店舗の設備が残っています）',
      '登録者: みつばち雑貨店',
      '公開日時（日本時間）: 2025年5月3日 10:00:00',
      '掲載期限（日本時間）: 2028年5月3日 10:00:00',
    ]);
    expect(screen.getByRole('img', { name: '外観（駅側から）' }).getAttribute('src')).toBe('/api/photo-1');
    expect(screen.getByRole('region', { name: '写真' })).toBeTruthy();
  });

  it('asks a visitor to sign in to inquire, and brings them back to the store', async () => {
    me = null;
    serve();
    await renderAppAt(`/vacant-stores/${store.id}`);

    const inquire = await screen.findByRole('link', { name: 'ログインして問い合わせる' });
    expect(inquire.getAttribute('href')).toBe(`/login?next=${encodeURIComponent(`/vacant-stores/${store.id}`)}`);
  });

  it('leads the owner’s side to the listing’s management instead', async () => {
    await renderAppAt(`/vacant-stores/${store.id}`);

    expect((await screen.findByRole('link', { name: '登録内容と審査の状況を見る' })).getAttribute('href')).toBe(`/my/vacant-stores/${store.id}/edit`);
    expect(screen.queryByRole('link', { name: 'ログインして問い合わせる' })).toBeNull();
  });

  it('says a store that is not there was not found', async () => {
    serve({ [`GET /api/vacant-stores/${store.id}`]: () => errorResponse(404, 'NOT_FOUND', 'お探しのものは見つかりませんでした。') });
    await renderAppAt(`/vacant-stores/${store.id}`);

    expect(await screen.findByText('この物件は見つかりませんでした。公開が終了したか、アドレスが間違っている可能性があります。')).toBeTruthy();
  });
});

describe('listing a vacant store', () => {
  it('says, field by field and in the order of the form, what is missing', async () => {
    await renderAppAt('/my/vacant-stores/new');
    await screen.findByRole('heading', { level: 1, name: '空き店舗の登録' });

    await press(screen.getByRole('button', { name: '下書きとして保存する' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      '物件名を入力してください。',
      '町名を選んでください。',
      '番地・建物名を入力してください。',
      '最寄り駅を選んでください。',
      '駅からの徒歩分数を入力してください。',
      '面積を入力してください。',
      '階を入力してください。',
      '賃料を入力してください。',
      '契約形態を選んでください。',
      '用途を1つ以上選んでください。',
      '反社会的勢力でないことを申告してください。',
      '市税の滞納がないことを申告してください。',
    ]);
    expect(document.activeElement).toBe(textbox('物件名'));
    expect(descriptionOf(textbox('物件名'))).toContain('物件名を入力してください。');
    expect(api.to('POST /api/vacant-stores')).toHaveLength(0);
  });

  it('explains numbers it cannot read, and positions outside the city', async () => {
    await renderAppAt('/my/vacant-stores/new');
    await screen.findByRole('heading', { level: 1, name: '空き店舗の登録' });

    type('駅からの徒歩分数', '2.5');
    type('面積（m²）', 'ひろい');
    type('賃料（月額・円）', '１５０，０００');
    type('共益費（月額・円）（任意）', '-1');
    type('緯度（任意）', '35.6');
    await press(screen.getByRole('button', { name: '下書きとして保存する' }));

    expect(descriptionOf(textbox('駅からの徒歩分数'))).toContain('駅からの徒歩分数は整数で入力してください。');
    expect(descriptionOf(textbox('面積（m²）'))).toContain('面積は数字で入力してください。');
    expect(descriptionOf(textbox('賃料（月額・円）'))).not.toContain('賃料');
    expect(descriptionOf(textbox('共益費（月額・円）（任意）'))).toContain('共益費は0から100,000,000までの範囲で入力してください。');
    expect(descriptionOf(textbox('緯度（任意）'))).toContain('地図上の位置は、朝霞市内で選んでください。');
  });

  it('saves a complete listing as a draft of the organization, then opens it with the button to send it for review', async () => {
    const created = storeFixture({ status: 'draft', publishedAt: null, expiresAt: null, submittedAt: null, actions: ['submit', 'withdraw'] });
    serve({
      'POST /api/vacant-stores': () => {
        store = created;
        serve({ [`GET /api/vacant-stores/${created.id}`]: () => jsonResponse(200, store) });
        return jsonResponse(201, created);
      },
    });
    const calls = api;
    const { router } = await renderAppAt('/my/vacant-stores/new');
    await screen.findByRole('heading', { level: 1, name: '空き店舗の登録' });

    expect((screen.getByRole('combobox', { name: '登録する事業者' }) as HTMLSelectElement).value).toBe(organizationId);
    type('物件名', ' 朝霞台駅前 飲食可 1階路面 ');
    choose('町名', '東弁財一丁目');
    type('番地・建物名', '4-2 朝霞台スクエア1F');
    choose('最寄り駅', '朝霞台');
    type('駅からの徒歩分数', '１');
    type('面積（m²）', '48.3');
    type('階', '1F');
    type('賃料（月額・円）', '280,000');
    type('共益費（月額・円）（任意）', '20000');
    await press(screen.getByRole('radio', { name: '普通借家契約' }));
    await press(screen.getByRole('checkbox', { name: '飲食' }));
    await press(screen.getByRole('checkbox', { name: '居抜き物件です 厨房設備や内装など、前の店舗の設備が残っている場合に選んでください。' }));
    await press(screen.getByRole('checkbox', { name: /反社会的勢力/ }));
    await press(screen.getByRole('checkbox', { name: /市税を滞納していない/ }));
    await press(screen.getByRole('button', { name: '下書きとして保存する' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/my/vacant-stores/${created.id}/edit`));
    expect(calls.to('POST /api/vacant-stores')[0]?.body).toEqual({
      organizationId,
      title: '朝霞台駅前 飲食可 1階路面',
      district: '東弁財一丁目',
      streetAddress: '4-2 朝霞台スクエア1F',
      latitude: null,
      longitude: null,
      station: '朝霞台',
      walkMinutes: 1,
      floorAreaSquareMetres: 48.3,
      floor: '1F',
      monthlyRentYen: 280_000,
      commonChargesYen: 20_000,
      depositYen: 0,
      keyMoneyYen: 0,
      contractType: '普通借家',
      previousUse: null,
      fixturesRemain: true,
      allowedUses: ['飲食'],
      restrictions: null,
      availableFrom: null,
      description: '',
      declarations: { noOrganizedCrimeTies: true, noCityTaxArrears: true },
    });
    expect(await screen.findByText('下書きを保存しました。内容を確認して「審査に出す」を押してください。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '審査に出す' })).toBeTruthy();
  });

  it('shows the fields the API refused next to them', async () => {
    serve({
      'POST /api/vacant-stores': () =>
        errorResponse(400, 'VALIDATION_FAILED', '入力内容に誤りがあります。', { details: [{ path: 'district', code: 'custom', message: 'x' }] }),
    });
    await renderAppAt('/my/vacant-stores/new');
    await screen.findByRole('heading', { level: 1, name: '空き店舗の登録' });
    type('物件名', '朝霞駅前の店');
    choose('町名', '本町一丁目');
    type('番地・建物名', '1-1');
    choose('最寄り駅', '朝霞');
    type('駅からの徒歩分数', '3');
    type('面積（m²）', '30');
    type('階', '1F');
    type('賃料（月額・円）', '100000');
    await press(screen.getByRole('radio', { name: '定期借家契約' }));
    await press(screen.getByRole('checkbox', { name: '物販' }));
    await press(screen.getByRole('checkbox', { name: /反社会的勢力/ }));
    await press(screen.getByRole('checkbox', { name: /市税を滞納していない/ }));
    await press(screen.getByRole('button', { name: '下書きとして保存する' }));

    await waitFor(() => expect(descriptionOf(screen.getByRole('combobox', { name: '町名' }))).toContain('町名を選んでください。'));
  });

  it('shows someone without an organization how to register one first', async () => {
    me = meFixture({ organizations: [] });
    await renderAppAt('/my/vacant-stores/new');

    expect(await screen.findByRole('link', { name: '事業者を登録する' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '下書きとして保存する' })).toBeNull();
  });
});

const buttonsIn = (panel: HTMLElement) => within(panel).queryAllByRole('button').map((button) => button.textContent);
const panel = async () => (await screen.findByRole('region', { name: '審査の状況' })) as HTMLElement;

describe('the review state of a listing', () => {

  it('offers the owner exactly the moves the API lists: a draft can be sent for review or withdrawn', async () => {
    store = storeFixture({ status: 'draft', actions: ['submit', 'withdraw'] });
    serve();
    await renderAppAt(`/my/vacant-stores/${store.id}/edit`);

    expect(buttonsIn(await panel())).toEqual(['審査に出す', '取り下げる']);
    expect(screen.getByRole('button', { name: '保存する' })).toBeTruthy();
  });

  it('offers nothing the API does not list, and no form once the listing is under review', async () => {
    store = storeFixture({ status: 'submitted', actions: [] });
    serve();
    await renderAppAt(`/my/vacant-stores/${store.id}/edit`);

    expect(buttonsIn(await panel())).toEqual([]);
    expect(screen.getByText('審査中・公開中の物件は修正できません。修正が必要なときは、取り下げてから登録し直してください。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '保存する' })).toBeNull();
  });

  it('shows the owner why staff sent it back', async () => {
    store = storeFixture({ status: 'rejected', rejectionReason: '共益費の内訳を記載してください。', actions: ['submit', 'withdraw'] });
    serve();
    await renderAppAt(`/my/vacant-stores/${store.id}/edit`);

    const region = await panel();
    expect(within(region).getByText('差し戻し')).toBeTruthy();
    expect(within(region).getByText('共益費の内訳を記載してください。')).toBeTruthy();
  });

  it('asks before withdrawing, then withdraws', async () => {
    store = storeFixture({ status: 'published', actions: ['withdraw'] });
    serve({
      [`POST /api/vacant-stores/${store.id}/withdraw`]: () => {
        store = { ...store, status: 'withdrawn', actions: [] };
        return jsonResponse(200, store);
      },
    });
    await renderAppAt(`/my/vacant-stores/${store.id}/edit`);

    await press(within(await panel()).getByRole('button', { name: '取り下げる' }));
    const dialog = await screen.findByRole('alertdialog', { name: '「朝霞台駅前 飲食可 1階路面」を取り下げますか' });
    await press(within(dialog).getByRole('button', { name: '取り下げる' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.to(`POST /api/vacant-stores/${store.id}/withdraw`)).toHaveLength(1);
    expect(await screen.findByText('取り下げました。')).toBeTruthy();
  });

  it('does not send for review while the form holds changes that are not saved', async () => {
    store = storeFixture({ status: 'draft', actions: ['submit', 'withdraw'] });
    serve();
    await renderAppAt(`/my/vacant-stores/${store.id}/edit`);
    await panel();

    type('物件名', '朝霞台駅前 飲食可');
    await press(screen.getByRole('button', { name: '審査に出す' }));

    expect(screen.getByText('保存していない変更があります。先に「保存する」を押してから、審査に出してください。')).toBeTruthy();
    expect(api.to(`POST /api/vacant-stores/${store.id}/submit`)).toHaveLength(0);
  });
});

describe('the staff review', () => {
  beforeEach(() => {
    me = staff;
    store = storeFixture({ status: 'submitted', actions: ['publish', 'reject'] });
  });

  it('lists the stores waiting, the longest-waiting first, each leading to its review', async () => {
    serve({ 'GET /api/vacant-stores/review-queue': () => jsonResponse(200, storePage([summaryFixture({ status: 'submitted' })])) });
    await renderAppAt('/staff/vacant-stores/review');

    const table = await screen.findByRole('table', { name: '審査を待っている物件' });
    expect(within(table).getByRole('link', { name: '朝霞台駅前 飲食可 1階路面' }).getAttribute('href')).toBe(`/staff/vacant-stores/review/${store.id}`);
    expect(within(screen.getByRole('navigation', { name: '職員メニュー' })).getByRole('link', { name: '空き店舗の審査' }).getAttribute('aria-current')).toBe('page');
  });

  it('sends a store back only with a reason, and returns to the queue saying so', async () => {
    serve({
      [`POST /api/vacant-stores/${store.id}/reject`]: ({ body }) => jsonResponse(200, { ...store, status: 'rejected', rejectionReason: (body as { reason: string }).reason, actions: [] }),
      'GET /api/vacant-stores/review-queue': () => jsonResponse(200, storePage([])),
    });
    const { router } = await renderAppAt(`/staff/vacant-stores/review/${store.id}`);

    const region = await panel();
    expect(buttonsIn(region)).toEqual(['公開する', '差し戻す']);
    await press(within(region).getByRole('button', { name: '差し戻す' }));
    const dialog = await screen.findByRole('dialog', { name: '「朝霞台駅前 飲食可 1階路面」を差し戻す' });
    await press(within(dialog).getByRole('button', { name: '差し戻す' }));

    expect(descriptionOf(within(dialog).getByRole('textbox', { name: '差し戻しの理由' }))).toContain('差し戻しの理由を入力してください。');
    expect(api.to(`POST /api/vacant-stores/${store.id}/reject`)).toHaveLength(0);

    fireEvent.change(within(dialog).getByRole('textbox', { name: '差し戻しの理由' }), { target: { value: '共益費の内訳を記載してください。' } });
    await press(within(dialog).getByRole('button', { name: '差し戻す' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/staff/vacant-stores/review'));
    expect(api.to(`POST /api/vacant-stores/${store.id}/reject`)[0]?.body).toEqual({ reason: '共益費の内訳を記載してください。' });
    expect(await screen.findByText('「朝霞台駅前 飲食可 1階路面」を差し戻しました。')).toBeTruthy();
  });
});
