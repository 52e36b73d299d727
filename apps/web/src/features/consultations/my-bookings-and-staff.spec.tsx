import type { MeResponse } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meFixture } from '../../testing/fixtures';
import { fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';
import { adviserFixture, bookingFixture, jaDay, nextWeekDay } from './testing/consultation-fixtures';

const entrepreneur = meFixture({ displayName: '膝折 創', roles: ['entrepreneur'] });
const staff = meFixture({ id: '11111111-2222-4333-8444-555555555555', displayName: '産業振興課 職員', roles: ['staff'], secondFactorEnabled: true });
const settings = { minimumNoticeMinutes: 1440, cancellationCutoffMinutes: 1440, maxOpenBookingsPerPerson: 2 };

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    'GET /api/consultation-settings': () => jsonResponse(200, settings),
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

beforeEach(() => {
  window.localStorage.clear();
});

afterEach(() => jest.restoreAllMocks());

describe('my bookings', () => {
  it('offers cancel and reschedule until the cut-off, and after it says why they are gone', async () => {
    me = entrepreneur;
    const later = bookingFixture();
    // Starts in two hours: inside the 24-hour cut-off.
    const soon = bookingFixture({ id: 'b1b2c3d4-0000-4000-8000-00000000b002', startsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(), endsAt: new Date(Date.now() + 3 * 3_600_000).toISOString() });
    serve({
      'GET /api/consultation-bookings': (request) =>
        jsonResponse(200, request.query.get('upcoming') === 'true' ? { items: [soon, later], total: 2, page: 1, pageSize: 100 } : { items: [], total: 0, page: 1, pageSize: 20 }),
    });
    await renderAppAt('/consultations/bookings');

    const laterCard = (await screen.findByRole('article', { name: `${nextWeekDay(1).slice(0, 4)}年${jaDay(nextWeekDay(1))} 10:00〜11:00 (日本時間 JST)` })) as HTMLElement;
    expect(within(laterCard).getByRole('link', { name: /の相談の日時を変更する$/ }).getAttribute('href')).toBe(`/consultations/bookings/${later.id}?step=reschedule`);
    expect(within(laterCard).getByRole('button', { name: /の相談の予約を取り消す$/ })).toBeTruthy();
    expect(within(laterCard).getByRole('link', { name: /をカレンダーに追加する（\.ics ファイル）$/ }).getAttribute('href')).toBe(`/api/consultation-bookings/${later.id}/calendar.ics`);

    const soonCard = screen.getAllByRole('article').find((article) => article !== laterCard) as HTMLElement;
    expect(within(soonCard).queryByRole('button', { name: /取り消す$/ })).toBeNull();
    expect(within(soonCard).getByText(/^取り消し・変更の期限（.*）を過ぎたため、ご自身では取り消し・変更ができません。/)).toBeTruthy();
    expect(Object.fromEntries(api.to('GET /api/consultation-bookings')[0]?.query ?? [])).toEqual({ view: 'mine', upcoming: 'true', status: 'booked', pageSize: '100' });
  });
});

describe('staff: consultations', () => {
  it('sets the booking rules in hours, sent as minutes', async () => {
    me = staff;
    serve({
      'GET /api/advisers': () => jsonResponse(200, { items: [adviserFixture(), adviserFixture({ id: 'a1b2c3d4-0000-4000-8000-00000000a002', displayName: '溝沼 融', active: false })], total: 2, page: 1, pageSize: 100 }),
      'PUT /api/consultation-settings': (request) => jsonResponse(200, request.body),
    });
    await renderAppAt('/staff/consultations');

    const notice = await screen.findByRole('textbox', { name: '予約の締め切り（相談の何時間前まで）' });
    expect((notice as HTMLInputElement).value).toBe('24');
    fireEvent.change(notice, { target: { value: '４８' } });
    fireEvent.change(screen.getByRole('textbox', { name: '1人が同時に持てる予約の数' }), { target: { value: '3' } });
    await press(screen.getByRole('button', { name: 'ルールを保存する' }));

    await waitFor(() => expect(api.to('PUT /api/consultation-settings')).toHaveLength(1));
    expect(api.to('PUT /api/consultation-settings')[0]?.body).toEqual({ minimumNoticeMinutes: 2880, cancellationCutoffMinutes: 1440, maxOpenBookingsPerPerson: 3 });
    expect(await screen.findByText('予約のルールを保存しました。')).toBeTruthy();

    const table = screen.getByRole('table', { name: '相談員の一覧' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      '浜崎 導朝霞市商工会経営指導員創業計画・資金調達・融資60分受付中',
      '溝沼 融朝霞市商工会経営指導員創業計画・資金調達・融資60分停止中',
    ]);
    expect(api.to('GET /api/advisers')[0]?.query.get('includeInactive')).toBe('true');
    expect(within(screen.getByRole('navigation', { name: '職員メニュー' })).getByRole('link', { name: '起業相談の管理' }).getAttribute('href')).toBe('/staff/consultations');
  });

  it('refuses numbers outside the rules’ ranges before sending', async () => {
    me = staff;
    serve({ 'GET /api/advisers': () => jsonResponse(200, { items: [], total: 0, page: 1, pageSize: 100 }) });
    await renderAppAt('/staff/consultations');

    fireEvent.change(await screen.findByRole('textbox', { name: '1人が同時に持てる予約の数' }), { target: { value: '0' } });
    await press(screen.getByRole('button', { name: 'ルールを保存する' }));

    expect(await screen.findByText('同時に持てる予約の数は1〜20の整数で入力してください。', { selector: 'a' })).toBeTruthy();
    expect(api.to('PUT /api/consultation-settings')).toHaveLength(0);
  });

  it('changes an adviser’s session length, gap and bookings, sent as one PATCH', async () => {
    me = staff;
    const adviser = adviserFixture({
      details: { userId: '22222222-2222-4333-8444-555555555555', meetingUrl: 'https://meet.example.jp/hamasaki', bufferMinutes: 0, availability: { weeklyRules: [], exceptions: [] } },
    });
    serve({
      [`GET /api/advisers/${adviser.id}`]: () => jsonResponse(200, adviser),
      [`PATCH /api/advisers/${adviser.id}`]: (request) => jsonResponse(200, { ...adviser, ...(request.body as object) }),
    });
    await renderAppAt(`/staff/consultations/advisers/${adviser.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: '相談員：浜崎 導' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: '1回の相談時間' }), { target: { value: '90' } });
    fireEvent.change(screen.getByRole('combobox', { name: '相談と相談の間隔' }), { target: { value: '15' } });
    await press(screen.getByRole('checkbox', { name: /^予約を受け付ける/ }));
    await press(screen.getByRole('button', { name: '相談時間と受付を保存する' }));

    await waitFor(() => expect(api.to(`PATCH /api/advisers/${adviser.id}`)).toHaveLength(1));
    expect(api.to(`PATCH /api/advisers/${adviser.id}`)[0]?.body).toEqual({ slotMinutes: 90, bufferMinutes: 15, active: false });
    expect(await screen.findByText('相談時間と受付の設定を保存しました。')).toBeTruthy();
  });
});
