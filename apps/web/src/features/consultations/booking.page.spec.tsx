import type { ConsultationBooking, MeResponse } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meFixture } from '../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';
import { addDays } from './japan-calendar';
import { adviserId, at, bookingFixture, bookingId, jaDay, nextWeekDay, slotListFixture } from './testing/consultation-fixtures';

const token = 'v1.eyJiIjoiYjFiMmMzZDQifQ.signature-from-the-mail';
const bookingPath = `/api/consultation-bookings/${bookingId}`;

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let booking: ConsultationBooking;

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    [`GET ${bookingPath}`]: () => jsonResponse(200, booking),
    'GET /api/consultation-slots': () => jsonResponse(200, slotListFixture([])),
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

const tuesday = nextWeekDay(1);
const thursday = nextWeekDay(3);

beforeEach(() => {
  window.localStorage.clear();
  me = null;
  booking = bookingFixture();
  serve();
});

afterEach(() => jest.restoreAllMocks());

describe('a booking opened from the booker’s mail, without signing in', () => {
  it('shows the session in Japan time with its zone, the intake, and the calendar file, reading it with the link’s token', async () => {
    await renderAppAt(`/consultations/bookings/${bookingId}?token=${encodeURIComponent(token)}`);

    expect(await screen.findByText(`${tuesday.slice(0, 4)}年${jaDay(tuesday)} 10:00〜11:00 (日本時間 JST)`)).toBeTruthy();
    const facts = Array.from(document.querySelectorAll('.booking-facts dt'), (term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
    expect(facts).toEqual([
      '状態: 予約済み',
      `日時: ${tuesday.slice(0, 4)}年${jaDay(tuesday)} 10:00〜11:00 (日本時間 JST)`,
      '相談内容: 資金調達・融資',
      '場所: 朝霞市商工会',
      '相談員: 浜崎 導（朝霞市商工会）',
      '相談者: 膝折 創',
      '今の段階: 創業準備中',
      '事業の概要: 朝霞台駅の近くでお弁当の店を開きたい。',
      '相談したいこと: （記入なし）',
    ]);
    expect(api.to(`GET ${bookingPath}`)[0]?.query.get('token')).toBe(token);
    expect(screen.getByRole('link', { name: 'カレンダーに追加する（.ics ファイル）' }).getAttribute('href')).toBe(
      `${bookingPath}/calendar.ics?token=${encodeURIComponent(token)}`,
    );
    expect(screen.getByText(`ご自身で取り消し・日時の変更ができるのは、${addDays(tuesday, -1).slice(0, 4)}年${jaDay(addDays(tuesday, -1))} 10:00 (日本時間 JST)までです。`)).toBeTruthy();
  });

  it('cancels with the token in the request body, and says it is done', async () => {
    serve({
      [`POST ${bookingPath}/cancel`]: () => {
        booking = bookingFixture({ status: 'cancelled', actions: [], cancelledAt: '2025-11-21T09:00:00+09:00', cancelledBy: 'booker', cancellationReason: '体調不良のため' });
        return jsonResponse(200, booking);
      },
    });
    await renderAppAt(`/consultations/bookings/${bookingId}?token=${encodeURIComponent(token)}`);

    await press(await screen.findByRole('button', { name: '予約を取り消す' }));
    const dialog = screen.getByRole('dialog', { name: '予約を取り消しますか？' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '取り消しの理由（任意）' }), { target: { value: '体調不良のため' } });
    await press(within(dialog).getByRole('button', { name: '予約を取り消す' }));

    expect(await screen.findByText('予約を取り消しました。取り消しの確認メールをお送りしました。')).toBeTruthy();
    expect(api.to(`POST ${bookingPath}/cancel`)[0]?.body).toEqual({ reason: '体調不良のため', token });
    expect(await screen.findByText('この予約は取り消されています。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '予約を取り消す' })).toBeNull();
  });

  it('moves to another free slot of the same adviser, confirming the old and the new time first', async () => {
    const thursdayTwo = { startsAt: at(thursday, '14:00'), endsAt: at(thursday, '15:00') };
    serve({
      'GET /api/consultation-slots': () => jsonResponse(200, slotListFixture([thursdayTwo])),
      [`POST ${bookingPath}/reschedule`]: () => {
        booking = bookingFixture({ ...thursdayTwo, sequence: 1 });
        return jsonResponse(200, booking);
      },
    });
    await renderAppAt(`/consultations/bookings/${bookingId}?token=${encodeURIComponent(token)}`);

    await press(await screen.findByRole('button', { name: '日時を変更する' }));
    await press(await screen.findByRole('button', { name: '次の週' }));
    await press(await screen.findByRole('button', { name: `${jaDay(thursday)} 14:00〜15:00 (日本時間 JST)` }));
    const dialog = screen.getByRole('alertdialog', { name: 'この日時に変更しますか？' });
    expect(within(dialog).getByText(`${thursday.slice(0, 4)}年${jaDay(thursday)} 14:00〜15:00 (日本時間 JST)`)).toBeTruthy();
    expect(within(dialog).getByText(`${tuesday.slice(0, 4)}年${jaDay(tuesday)} 10:00〜11:00 (日本時間 JST)`)).toBeTruthy();
    await press(within(dialog).getByRole('button', { name: 'この日時に変更する' }));

    expect(await screen.findByText('日時を変更しました。新しい日時の確認メールをお送りしました。')).toBeTruthy();
    expect(api.to(`POST ${bookingPath}/reschedule`)[0]?.body).toEqual({ startsAt: thursdayTwo.startsAt, token });
    expect(new Set(api.to('GET /api/consultation-slots').map((request) => request.query.get('adviserId')))).toEqual(new Set([adviserId]));
    await waitFor(() => expect(document.querySelector('.booking-facts__when')?.textContent).toBe(`${thursday.slice(0, 4)}年${jaDay(thursday)} 14:00〜15:00 (日本時間 JST)`));
  });

  it('says why it can no longer be changed once the cut-off has passed', async () => {
    booking = bookingFixture({ actions: [], cancellableUntil: '2020-01-01T10:00:00+09:00' });
    await renderAppAt(`/consultations/bookings/${bookingId}?token=${encodeURIComponent(token)}`);

    expect(
      await screen.findByText(
        '取り消し・変更の期限（2020年1月1日(水) 10:00 (日本時間 JST)）を過ぎたため、ご自身では取り消し・変更ができません。相談員、または朝霞市 産業振興課へご連絡ください。',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: '予約を取り消す' })).toBeNull();
    expect(screen.queryByRole('button', { name: '日時を変更する' })).toBeNull();
  });

  it('says plainly when the link has expired (410) or is not a valid one (400)', async () => {
    serve({ [`GET ${bookingPath}`]: () => errorResponse(410, 'BOOKING_LINK_EXPIRED', 'このリンクの有効期限（相談の開始時刻）を過ぎました。') });
    const expired = await renderAppAt(`/consultations/bookings/${bookingId}?token=${encodeURIComponent(token)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'リンクの有効期限が切れています' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('このリンクの有効期限（相談の開始時刻）を過ぎました。');
    expect(screen.getByRole('link', { name: '予約した相談を見る' }).getAttribute('href')).toBe('/consultations/bookings');
    expired.unmount();

    serve({ [`GET ${bookingPath}`]: () => errorResponse(400, 'BOOKING_LINK_INVALID', 'このリンクは正しくありません。メールのリンクをそのまま開いてください。') });
    await renderAppAt(`/consultations/bookings/${bookingId}?token=broken-token-text`);
    expect(await screen.findByRole('heading', { level: 1, name: 'リンクを確認できませんでした' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('このリンクは正しくありません。メールのリンクをそのまま開いてください。');
  });
});

describe('a booking opened signed in', () => {
  it('reads it without a token, as the adviser’s mail link does', async () => {
    me = meFixture({ displayName: '浜崎 導', roles: ['adviser'] });
    serve();
    await renderAppAt(`/consultations/bookings/${bookingId}`);

    expect(await screen.findByText('朝霞台駅の近くでお弁当の店を開きたい。')).toBeTruthy();
    expect(api.to(`GET ${bookingPath}`)[0]?.query.has('token')).toBe(false);
    expect(screen.getByRole('link', { name: 'カレンダーに追加する（.ics ファイル）' }).getAttribute('href')).toBe(`${bookingPath}/calendar.ics`);
  });

  it('asks a visitor without a link to sign in', async () => {
    serve({ [`GET ${bookingPath}`]: () => errorResponse(401, 'UNAUTHENTICATED', 'ログインが必要です。') });
    await renderAppAt(`/consultations/bookings/${bookingId}`);

    expect(await screen.findByText('予約の内容を見るにはログインしてください。メールのリンクから開いた場合は、リンクをそのまま開き直してください。')).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'ログイン' }).getAttribute('href')).toBe(
      `/login?next=${encodeURIComponent(`/consultations/bookings/${bookingId}`)}`,
    );
  });
});
