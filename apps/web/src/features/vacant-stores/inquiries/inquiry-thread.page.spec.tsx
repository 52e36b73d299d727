import type { MeResponse, StoreInquiry, StoreInquiryMessage } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { descriptionOf, meFixture } from '../../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../../testing/fake-api';
import { renderAppAt } from '../../../testing/render-app';
import { inquiryFixture, inquiryId, messageFixture, pageOf } from '../testing/inquiry-fixtures';

const seeker = meFixture();
const owner = meFixture({
  id: '22222222-3333-4444-8555-666666666666',
  displayName: '本町 商',
  organizations: [{ id: '5f0c1c52-3c1a-4b8e-9d47-2a6e1b0e7c10', name: 'みつばち雑貨店', role: 'owner' }],
});

const fromSeeker = messageFixture();
const fromOwner = messageFixture({
  id: 'b0000000-0000-4000-8000-000000000002',
  side: 'owner',
  senderName: '本町 商',
  mine: false,
  body: 'ありがとうございます。\n土曜日の午前でしたら内見いただけます。',
  createdAt: '2025-06-02T19:05:30+09:00',
});

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let inquiry: StoreInquiry;
let messages: StoreInquiryMessage[];

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    [`GET /api/inquiries/${inquiryId}`]: () => jsonResponse(200, inquiry),
    [`GET /api/inquiries/${inquiryId}/messages`]: () => jsonResponse(200, pageOf(messages, messages.length, 1, 100)),
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};
const outcomePanel = () => screen.getByRole('region', { name: 'やり取りの結果' });
const replyBox = () => screen.getByRole('textbox', { name: 'メッセージ' });

async function openThread() {
  const view = await renderAppAt(`/inquiries/${inquiryId}`);
  await screen.findByRole('heading', { level: 1, name: '「朝霞台駅前 飲食可 1階路面」についてのお問い合わせ' });
  await screen.findByText('内見をお願いできますか。');
  return view;
}

beforeEach(() => {
  window.localStorage.clear();
  me = seeker;
  inquiry = inquiryFixture();
  messages = [fromSeeker, fromOwner];
  serve();
});

afterEach(() => jest.restoreAllMocks());

describe('an inquiry’s thread', () => {
  it('shows the messages oldest first, each with who wrote it, their side, and the time in Japan time with the zone', async () => {
    await openThread();

    const list = screen.getAllByRole('listitem').filter((item) => item.classList.contains('thread__message'));
    expect(list.map((item) => item.textContent)).toEqual([
      'あなた （お問い合わせした方） 2025年6月2日 10:00:00（日本時間）内見をお願いできますか。',
      '本町 商 （物件の登録者） 2025年6月2日 19:05:30（日本時間）ありがとうございます。\n土曜日の午前でしたら内見いただけます。',
    ]);
    expect(within(list[1] as HTMLElement).getByText(/19:05:30/).getAttribute('datetime')).toBe('2025-06-02T19:05:30+09:00');
    const summary = Array.from(document.querySelectorAll('.inquiry-thread__summary dt'), (term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
    expect(summary).toEqual(['物件の登録者: みつばち雑貨店', '開業予定の業種: 自家焙煎のカフェ', '状況: やり取り中']);
  });

  it('sends a reply, empties the box and announces it politely; the new message then shows in the thread', async () => {
    const sent = messageFixture({ id: 'b0000000-0000-4000-8000-000000000003', body: '土曜日の10時に伺います。', createdAt: '2025-06-02T20:00:00+09:00' });
    serve({
      [`POST /api/inquiries/${inquiryId}/messages`]: () => {
        messages = [...messages, sent];
        return jsonResponse(201, sent);
      },
    });
    await openThread();

    fireEvent.change(replyBox(), { target: { value: '  土曜日の10時に伺います。 ' } });
    await press(screen.getByRole('button', { name: '送信する' }));

    await waitFor(() => expect(api.to(`POST /api/inquiries/${inquiryId}/messages`)).toHaveLength(1));
    expect(api.to(`POST /api/inquiries/${inquiryId}/messages`)[0]?.body).toEqual({ body: '土曜日の10時に伺います。' });
    const announced = await screen.findByText('メッセージを送りました。');
    expect(announced.closest('[role="status"]')).toBeTruthy();
    expect((replyBox() as HTMLTextAreaElement).value).toBe('');
    expect(await screen.findByText('土曜日の10時に伺います。')).toBeTruthy();
  });

  it('sends with Ctrl+Enter too, while Enter alone is a new line', async () => {
    serve({ [`POST /api/inquiries/${inquiryId}/messages`]: () => jsonResponse(201, messageFixture({ id: 'b0000000-0000-4000-8000-000000000004', body: 'よろしくお願いします。' })) });
    await openThread();

    fireEvent.change(replyBox(), { target: { value: 'よろしくお願いします。' } });
    fireEvent.keyDown(replyBox(), { key: 'Enter' });
    expect(api.to(`POST /api/inquiries/${inquiryId}/messages`)).toHaveLength(0);
    await act(async () => {
      fireEvent.keyDown(replyBox(), { key: 'Enter', ctrlKey: true });
    });

    await waitFor(() => expect(api.to(`POST /api/inquiries/${inquiryId}/messages`)).toHaveLength(1));
  });

  it('says an empty reply needs words, beside the box, and sends nothing', async () => {
    await openThread();

    fireEvent.change(replyBox(), { target: { value: '   ' } });
    await press(screen.getByRole('button', { name: '送信する' }));

    expect(descriptionOf(replyBox())).toContain('メッセージを入力してください。');
    expect(document.activeElement).toBe(replyBox());
    expect(api.to(`POST /api/inquiries/${inquiryId}/messages`)).toHaveLength(0);
  });

  it('offers the seeker of an open inquiry only to end the conversation', async () => {
    await openThread();

    expect(within(outcomePanel()).getAllByRole('button').map((button) => button.textContent)).toEqual(['やり取りを終える']);
    expect(within(outcomePanel()).queryByRole('link')).toBeNull();
  });

  it('offers the seeker the owner marked it let to exactly “confirm” and “not so”, and confirms after asking', async () => {
    inquiry = inquiryFixture({ status: 'let', letAt: '2025-06-10T09:00:00+09:00', actions: ['confirm-let', 'dispute-let'] });
    serve({
      [`POST /api/inquiries/${inquiryId}/confirm-let`]: () => {
        inquiry = { ...inquiry, status: 'seeker-confirmed', seekerConfirmedAt: '2025-06-11T18:30:00+09:00', actions: ['dispute-let'] };
        return jsonResponse(200, inquiry);
      },
    });
    await openThread();

    const panel = within(outcomePanel());
    expect(panel.getByText(/物件の登録者から、この物件にあなたの入居が決まったと報告がありました。/)).toBeTruthy();
    expect(panel.getByText('決まったと報告 2025年6月10日 09:00:00（日本時間）')).toBeTruthy();
    expect(panel.getAllByRole('button').map((button) => button.textContent)).toEqual(['入居を確認する', '決まっていない']);

    await press(panel.getByRole('button', { name: '入居を確認する' }));
    const dialog = screen.getByRole('alertdialog', { name: '「朝霞台駅前 飲食可 1階路面」への入居を確認しますか' });
    expect(api.to(`POST /api/inquiries/${inquiryId}/confirm-let`)).toHaveLength(0);
    await press(within(dialog).getByRole('button', { name: '入居を確認する' }));

    await waitFor(() => expect(api.to(`POST /api/inquiries/${inquiryId}/confirm-let`)).toHaveLength(1));
    expect(await screen.findByText('入居を確認しました。')).toBeTruthy();
    await waitFor(() => expect(within(outcomePanel()).getAllByRole('button').map((button) => button.textContent)).toEqual(['決まっていない']));
    expect(within(outcomePanel()).getByText('入居を確認 2025年6月11日 18:30:00（日本時間）')).toBeTruthy();
  });

  it('leads the owner side to the store’s inquiries to mark it let, and offers to end the conversation; no seeker button', async () => {
    me = owner;
    inquiry = inquiryFixture({ mySide: 'owner', otherPartyName: '朝霞 花子', actions: ['mark-let', 'close'] });
    messages = [{ ...fromSeeker, mine: false }, { ...fromOwner, mine: true }];
    serve();
    await openThread();

    const panel = within(outcomePanel());
    expect(panel.getAllByRole('button').map((button) => button.textContent)).toEqual(['やり取りを終える']);
    expect(panel.getByRole('link', { name: 'この方に決まった場合は、物件のお問い合わせの一覧から選ぶ' }).getAttribute('href')).toBe(
      `/my/vacant-stores/${inquiry.vacantStoreId}/edit#store-inquiries`,
    );
    expect(screen.getByText('お問い合わせした方').nextElementSibling?.textContent).toBe('朝霞 花子');
  });

  it('ends the conversation with an optional word to the other party, sent before the end', async () => {
    serve({
      [`POST /api/inquiries/${inquiryId}/messages`]: () => jsonResponse(201, messageFixture({ id: 'b0000000-0000-4000-8000-000000000005', body: '今回は見送ります。' })),
      [`POST /api/inquiries/${inquiryId}/close`]: () => {
        inquiry = { ...inquiry, status: 'closed', closedReason: 'ended-by-seeker', closedAt: '2025-06-12T08:00:00+09:00', actions: [], canPostMessage: false };
        return jsonResponse(200, inquiry);
      },
    });
    await openThread();

    await press(within(outcomePanel()).getByRole('button', { name: 'やり取りを終える' }));
    const dialog = screen.getByRole('dialog', { name: 'やり取りを終えますか' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '相手へのひとこと（任意）' }), { target: { value: '今回は見送ります。' } });
    await press(within(dialog).getByRole('button', { name: 'やり取りを終える' }));

    await waitFor(() => expect(api.to(`POST /api/inquiries/${inquiryId}/close`)).toHaveLength(1));
    const order = api.requests.filter(({ method }) => method === 'POST').map(({ path }) => path);
    expect(order).toEqual([`/api/inquiries/${inquiryId}/messages`, `/api/inquiries/${inquiryId}/close`]);
    expect(api.to(`POST /api/inquiries/${inquiryId}/messages`)[0]?.body).toEqual({ body: '今回は見送ります。' });
    expect(await screen.findByText('お問い合わせした方が、やり取りを終えました。')).toBeTruthy();
    expect(screen.getByText('このお問い合わせは終了しているため、メッセージは送れません。')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'メッセージ' })).toBeNull();
  });

  it('shows an ended conversation’s reason, with no button and no reply box', async () => {
    inquiry = inquiryFixture({ status: 'closed', closedReason: 'let-to-another', closedAt: '2025-06-10T09:00:00+09:00', actions: [], canPostMessage: false });
    serve();
    await openThread();

    expect(within(outcomePanel()).getByText('この物件は、別の方に決まりました。')).toBeTruthy();
    expect(within(outcomePanel()).queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: '送信する' })).toBeNull();
  });

  it('tells someone who is not a party that the inquiry was not found', async () => {
    serve({ [`GET /api/inquiries/${inquiryId}`]: () => errorResponse(404, 'NOT_FOUND', 'お探しのものは見つかりませんでした。') });
    await renderAppAt(`/inquiries/${inquiryId}`);

    expect(await screen.findByText('このお問い合わせは見つかりませんでした。アドレスが間違っているか、表示する権限がありません。')).toBeTruthy();
    expect(api.to(`GET /api/inquiries/${inquiryId}/messages`)).toHaveLength(0);
  });

  it('asks a visitor from a mail’s link to sign in, to come back to the thread', async () => {
    me = null;
    serve();
    await renderAppAt(`/inquiries/${inquiryId}`);

    const signIn = await within(screen.getByRole('main')).findByRole('link', { name: 'ログイン' });
    expect(signIn.getAttribute('href')).toBe(`/login?next=${encodeURIComponent(`/inquiries/${inquiryId}`)}`);
    expect(api.to(`GET /api/inquiries/${inquiryId}`)).toHaveLength(0);
  });
});
