import type { MeResponse, StoreInquiry, VacantStore } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { descriptionOf, meFixture } from '../../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../../testing/fake-api';
import { renderAppAt } from '../../../testing/render-app';
import { inquiryFixture, inquiryId, messageFixture, pageOf } from '../testing/inquiry-fixtures';
import { organizationId, storeFixture } from '../testing/store-fixtures';

// No Leaflet in jsdom: the maps' chunk stands in as one that did not arrive.
jest.mock('../map-loader', () => ({ loadMaps: () => new Promise(() => undefined) }));

const seeker = meFixture();
const owner = meFixture({ id: '22222222-3333-4444-8555-666666666666', displayName: '本町 商', organizations: [{ id: organizationId, name: 'みつばち雑貨店', role: 'owner' }] });

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let store: VacantStore;
let mine: StoreInquiry[];

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    [`GET /api/vacant-stores/${store.id}`]: () => jsonResponse(200, store),
    'GET /api/inquiries': () => jsonResponse(200, pageOf(mine)),
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

beforeEach(() => {
  window.localStorage.clear();
  me = seeker;
  store = storeFixture();
  mine = [];
  serve();
});

afterEach(() => jest.restoreAllMocks());

describe('asking about a store', () => {
  it('says what is missing, field by field, and sends nothing', async () => {
    await renderAppAt(`/vacant-stores/${store.id}`);
    await press(await screen.findByRole('button', { name: '問い合わせる' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['開業予定の業種を入力してください。', 'お問い合わせの内容を入力してください。']);
    expect(document.activeElement).toBe(textbox('開業予定の業種'));
    expect(descriptionOf(textbox('お問い合わせの内容'))).toContain('お問い合わせの内容を入力してください。');
    expect(api.to(`POST /api/vacant-stores/${store.id}/inquiries`)).toHaveLength(0);
  });

  it('sends the planned business and the message, then opens the thread and says the owner was told', async () => {
    serve({
      [`POST /api/vacant-stores/${store.id}/inquiries`]: () => jsonResponse(201, inquiryFixture()),
      [`GET /api/inquiries/${inquiryId}`]: () => jsonResponse(200, inquiryFixture()),
      [`GET /api/inquiries/${inquiryId}/messages`]: () => jsonResponse(200, pageOf([messageFixture()])),
    });
    const { router } = await renderAppAt(`/vacant-stores/${store.id}`);
    const send = await screen.findByRole('button', { name: '問い合わせる' });

    type('開業予定の業種', '自家焙煎のカフェ');
    type('お問い合わせの内容', '内見をお願いできますか。');
    await press(send);

    await waitFor(() => expect(router.state.location.pathname).toBe(`/inquiries/${inquiryId}`));
    expect(api.to(`POST /api/vacant-stores/${store.id}/inquiries`)[0]?.body).toEqual({ plannedBusiness: '自家焙煎のカフェ', message: '内見をお願いできますか。' });
    expect(await screen.findByText('お問い合わせを送りました。物件の登録者にメールでお知らせしました。返事が届くと、メールでお知らせします。')).toBeTruthy();
  });

  it('leads someone who already asked to that conversation instead of a second inquiry', async () => {
    mine = [inquiryFixture({ vacantStoreId: store.id })];
    serve();
    await renderAppAt(`/vacant-stores/${store.id}`);

    expect(await screen.findByText('この物件には、すでにお問い合わせをしています。')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'お問い合わせの続きを見る' }).getAttribute('href')).toBe(`/inquiries/${inquiryId}`);
    expect(screen.queryByRole('button', { name: '問い合わせる' })).toBeNull();
  });

  it('when the API says they already asked (from another tab), shows its message and then the way to that conversation', async () => {
    serve({
      [`POST /api/vacant-stores/${store.id}/inquiries`]: () => {
        mine = [inquiryFixture({ vacantStoreId: store.id })];
        return errorResponse(409, 'INQUIRY_EXISTS', 'この物件へのお問い合わせはすでに送っています。続きはお問い合わせのメッセージからどうぞ。');
      },
    });
    await renderAppAt(`/vacant-stores/${store.id}`);
    const send = await screen.findByRole('button', { name: '問い合わせる' });
    type('開業予定の業種', '自家焙煎のカフェ');
    type('お問い合わせの内容', '内見をお願いできますか。');
    await press(send);

    expect((await screen.findByRole('link', { name: 'お問い合わせの続きを見る' })).getAttribute('href')).toBe(`/inquiries/${inquiryId}`);
  });

  it('still asks a visitor to sign in first', async () => {
    me = null;
    serve();
    await renderAppAt(`/vacant-stores/${store.id}`);

    expect(await screen.findByRole('link', { name: 'ログインして問い合わせる' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '問い合わせる' })).toBeNull();
  });
});

describe('my inquiries', () => {
  it('lists those sent and those received, with the other party, the status and a cue where an answer is awaited', async () => {
    mine = [
      inquiryFixture({ status: 'let', actions: ['confirm-let', 'dispute-let'], lastMessageAt: '2025-06-10T09:00:00+09:00' }),
      inquiryFixture({
        id: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        storeTitle: '北朝霞 駅前 飲食店居抜き',
        mySide: 'owner',
        otherPartyName: '膝折 創',
        plannedBusiness: '学習塾',
        lastMessageAt: '2025-06-01T12:00:00+09:00',
      }),
    ];
    serve();
    await renderAppAt('/inquiries');

    const first = await screen.findByRole('article', { name: '朝霞台駅前 飲食可 1階路面' });
    expect(first.textContent).toContain('あなたのお問い合わせ');
    expect(first.textContent).toContain('入居の確認待ち');
    expect(first.textContent).toContain('あなたの回答を待っています');
    expect(first.textContent).toContain('相手：みつばち雑貨店');
    expect(first.textContent).toContain('最後のやり取り 2025年6月10日 09:00:00（日本時間）');
    expect(within(first).getByRole('link', { name: '朝霞台駅前 飲食可 1階路面' }).getAttribute('href')).toBe(`/inquiries/${inquiryId}`);
    const second = screen.getByRole('article', { name: '北朝霞 駅前 飲食店居抜き' });
    expect(second.textContent).toContain('あなたの物件へのお問い合わせ');
    expect(second.textContent).toContain('相手：膝折 創');
    expect(second.textContent).not.toContain('あなたの回答を待っています');
  });
});

describe('the owner chooses whom the store was let to', () => {
  beforeEach(() => {
    me = owner;
    store = storeFixture({ status: 'published', actions: ['mark-let', 'withdraw'] });
  });

  it('offers 「この方に決まった」 beside open inquiries only, and lets the store to the one chosen after asking', async () => {
    const hanako = inquiryFixture({ mySide: 'owner', otherPartyName: '朝霞 花子', actions: ['mark-let', 'close'] });
    const hajime = inquiryFixture({
      id: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      mySide: 'owner',
      otherPartyName: '膝折 創',
      status: 'closed',
      closedReason: 'ended-by-seeker',
      actions: [],
      canPostMessage: false,
    });
    let storeInquiries = [hanako, hajime];
    serve({
      [`GET /api/vacant-stores/${store.id}/inquiries`]: () => jsonResponse(200, pageOf(storeInquiries)),
      [`POST /api/vacant-stores/${store.id}/matched`]: () => {
        store = { ...store, status: 'let', actions: ['close'] };
        storeInquiries = [{ ...hanako, status: 'let', actions: [] }, hajime];
        return jsonResponse(200, store);
      },
    });
    await renderAppAt(`/my/vacant-stores/${store.id}/edit`);

    const section = await screen.findByRole('region', { name: 'この物件へのお問い合わせ' });
    // The review panel's generic button is gone: a let is always to one inquiry.
    const review = screen.getByRole('region', { name: '審査の状況' });
    expect(within(review).getAllByRole('button').map((button) => button.textContent)).toEqual(['取り下げる']);
    await within(section).findByRole('row', { name: /朝霞 花子/ });
    expect(within(section).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual(['朝霞 花子さんに決まった']);

    await press(within(section).getByRole('button', { name: '朝霞 花子さんに決まった' }));
    const dialog = screen.getByRole('alertdialog', { name: '「朝霞台駅前 飲食可 1階路面」は朝霞 花子さんに決まりましたか' });
    await press(within(dialog).getByRole('button', { name: 'この方に決まった' }));

    await waitFor(() => expect(api.to(`POST /api/vacant-stores/${store.id}/matched`)).toHaveLength(1));
    expect(api.to(`POST /api/vacant-stores/${store.id}/matched`)[0]?.body).toEqual({ inquiryId });
    expect(await screen.findByText('朝霞 花子さんに決まったと報告しました。朝霞 花子さんの確認を待っています。')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'この物件へのお問い合わせ' })).queryAllByRole('button')).toHaveLength(0));
    expect(within(screen.getByRole('region', { name: '審査の状況' })).getByText('成約済み')).toBeTruthy();
  });
});
