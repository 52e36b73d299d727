import type { Adviser, AdviserSession, AdviserSessionList, MeResponse } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meFixture } from '../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';
import { adviserFixture, bookingFixture, jaDay, nextWeekDay } from './testing/consultation-fixtures';

const adviserMe = meFixture({ displayName: '浜崎 導', email: 'hamasaki@example.jp', roles: ['adviser'] });

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let profile: Adviser;

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    'GET /api/advisers/me': () => jsonResponse(200, profile),
    'GET /api/advisers/me/sessions': () => jsonResponse(200, { from: '2026-10-26', to: '2027-02-23', upcoming: [], past: [] }),
    'PUT /api/advisers/me/availability': (request) => {
      profile = { ...profile, details: { ...(profile.details as NonNullable<Adviser['details']>), availability: request.body as NonNullable<Adviser['details']>['availability'] } };
      return jsonResponse(200, profile);
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
const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

function sessionFixture(overrides: Partial<AdviserSession> = {}): AdviserSession {
  const { id, adviser, bookerName, topic, place, startsAt, endsAt, status, answers } = bookingFixture();
  return { id, adviser, bookerName, topic, place, startsAt, endsAt, status, answers, hasRecord: false, areasCovered: null, actions: [], ...overrides };
}

const choose = (name: string, value: string) => fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });

// The page's module (with the editor and the holiday table) is loaded once here, not within the first test's time.
beforeAll(async () => {
  await import('./adviser.page');
});

beforeEach(() => {
  window.localStorage.clear();
  me = adviserMe;
  profile = adviserFixture({
    details: {
      userId: adviserMe.id,
      meetingUrl: 'https://meet.example.jp/hamasaki',
      bufferMinutes: 15,
      availability: { weeklyRules: [{ weekday: 2, start: '10:00', end: '12:00' }], exceptions: [] },
    },
  });
  serve();
});

afterEach(() => jest.restoreAllMocks());

describe('the availability editor', () => {
  it('builds the weekly hours into the PUT body, with buttons and selects only', async () => {
    await renderAppAt('/advisers/me');
    await screen.findByRole('heading', { level: 3, name: '毎週の受付時間' });

    // Monday: a new window, its end moved to 11:30.
    await press(screen.getByRole('button', { name: '月曜日に時間帯を追加' }));
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: '月曜日の1つ目の時間帯の 開始' }));
    choose('月曜日の1つ目の時間帯の 終了', '11:30');
    // Tuesday: a second window follows the first; then the first is removed.
    await press(screen.getByRole('button', { name: '火曜日に時間帯を追加' }));
    expect((screen.getByRole('combobox', { name: '火曜日の2つ目の時間帯の 開始' }) as HTMLSelectElement).value).toBe('12:00');
    choose('火曜日の2つ目の時間帯の 開始', '13:00');
    choose('火曜日の2つ目の時間帯の 終了', '16:00');
    await press(screen.getByRole('button', { name: '火曜日の10:00〜12:00を削除' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '火曜日に時間帯を追加' }));

    await press(screen.getByRole('button', { name: '受付時間を保存する' }));

    await waitFor(() => expect(api.to('PUT /api/advisers/me/availability')).toHaveLength(1));
    expect(api.to('PUT /api/advisers/me/availability')[0]?.body).toEqual({
      weeklyRules: [
        { weekday: 1, start: '10:00', end: '11:30' },
        { weekday: 2, start: '13:00', end: '16:00' },
      ],
      exceptions: [],
    });
    expect(await screen.findByText('受付時間を保存しました。空いている日時に反映されています。')).toBeTruthy();
  });

  it('builds the date exceptions into the PUT body: a day closed, a Saturday opened at given hours', async () => {
    await renderAppAt('/advisers/me');
    await screen.findByRole('heading', { level: 3, name: '日付ごとの例外' });

    await press(screen.getByRole('button', { name: '例外を追加' }));
    fireEvent.change(document.activeElement as HTMLElement, { target: { value: '2026-02-12' } });
    await press(screen.getByRole('button', { name: '例外を追加' }));
    fireEvent.change(document.activeElement as HTMLElement, { target: { value: '2026-02-14' } });
    const saturday = screen.getByRole('group', { name: '2月14日(土)' });
    await press(within(saturday).getByRole('radio', { name: '次の時間だけ受け付ける' }));
    choose('2月14日(土)の1つ目の時間帯の 開始', '09:00');
    choose('2月14日(土)の1つ目の時間帯の 終了', '12:00');
    fireEvent.change(within(saturday).getByRole('textbox', { name: 'メモ（任意）' }), { target: { value: '土曜相談会' } });

    await press(screen.getByRole('button', { name: '受付時間を保存する' }));

    await waitFor(() => expect(api.to('PUT /api/advisers/me/availability')).toHaveLength(1));
    expect(api.to('PUT /api/advisers/me/availability')[0]?.body).toEqual({
      weeklyRules: [{ weekday: 2, start: '10:00', end: '12:00' }],
      exceptions: [
        { date: '2026-02-12', windows: [], note: null },
        { date: '2026-02-14', windows: [{ start: '09:00', end: '12:00' }], note: '土曜相談会' },
      ],
    });
  });

  it('says what would be refused, and links to the field, instead of sending overlapping hours', async () => {
    await renderAppAt('/advisers/me');
    await screen.findByRole('button', { name: '火曜日に時間帯を追加' });

    await press(screen.getByRole('button', { name: '火曜日に時間帯を追加' }));
    choose('火曜日の2つ目の時間帯の 開始', '11:00');
    await press(screen.getByRole('button', { name: '例外を追加' }));
    await press(screen.getByRole('button', { name: '受付時間を保存する' }));

    const summary = (await screen.findByRole('heading', { level: 3, name: '入力内容をご確認ください' })).parentElement as HTMLElement;
    expect(summary.closest('[role="alert"]')).toBeTruthy();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      '火曜日の時間帯が重なっています。重ならないようにしてください。',
      '1つ目の例外：日付を入力してください。',
    ]);
    expect(api.to('PUT /api/advisers/me/availability')).toHaveLength(0);
  });

  it('shows the sessions ahead with the intake answers, and the past ones to mark held and record', async () => {
    const ahead = sessionFixture();
    const past = sessionFixture({
      id: 'b1b2c3d4-0000-4000-8000-00000000b009',
      bookerName: '宮戸 販',
      startsAt: '2026-11-10T13:00:00+09:00',
      endsAt: '2026-11-10T14:00:00+09:00',
      actions: ['mark-held', 'mark-no-show'],
    });
    let sessions: AdviserSessionList = { from: '2026-10-26', to: '2027-02-23', upcoming: [ahead], past: [past] };
    serve({
      'GET /api/advisers/me/sessions': () => jsonResponse(200, sessions),
      [`POST /api/consultation-bookings/${past.id}/outcome`]: () => {
        sessions = { ...sessions, past: [{ ...past, status: 'held', actions: ['mark-no-show', 'write-record'] }] };
        return jsonResponse(200, sessions.past[0]);
      },
      [`PUT /api/consultation-bookings/${past.id}/record`]: (request) => jsonResponse(200, { bookingId: past.id, ...(request.body as object) }),
    });
    await renderAppAt('/advisers/me');

    const title = await screen.findByRole('link', { name: `${nextWeekDay(1).slice(0, 4)}年${jaDay(nextWeekDay(1))} 10:00〜11:00 (日本時間 JST)` });
    expect(title.getAttribute('href')).toBe(`/consultations/bookings/${ahead.id}`);
    await press(screen.getByRole('button', { name: startingWith('膝折 創さん') }));
    expect(screen.getByText('朝霞台駅の近くでお弁当の店を開きたい。')).toBeTruthy();

    await press(screen.getByRole('button', { name: '宮戸 販さん（2026年11月10日(火) 13:00〜14:00 (日本時間 JST)）の相談を実施にする' }));
    expect(await screen.findByText('宮戸 販さんの相談を「実施」にしました。相談記録を書いてください。')).toBeTruthy();
    expect(api.to(`POST /api/consultation-bookings/${past.id}/outcome`)[0]?.body).toEqual({ outcome: 'held' });

    await press(await screen.findByRole('button', { name: startingWith('宮戸 販さん（2026年11月10日(火) 13:00〜14:00 (日本時間 JST)）の相談記録を書く') }));
    const record = screen.getByRole('form', { name: '宮戸 販さんの相談記録' });
    await press(within(record).getByRole('checkbox', { name: '販路開拓' }));
    fireEvent.change(within(record).getByRole('textbox', { name: '相談の内容' }), { target: { value: 'SNSでの発信と、予約サイトの比較。' } });
    await press(within(record).getByRole('button', { name: '相談記録を保存する' }));

    await waitFor(() => expect(api.to(`PUT /api/consultation-bookings/${past.id}/record`)).toHaveLength(1));
    expect(api.to(`PUT /api/consultation-bookings/${past.id}/record`)[0]?.body).toEqual({ areasCovered: ['sales-channels'], notes: 'SNSでの発信と、予約サイトの比較。', nextSteps: '' });
    expect(await screen.findByText('宮戸 販さんの相談記録を保存しました。')).toBeTruthy();
  });

  it('asks an adviser without a profile to write it first', async () => {
    serve({ 'GET /api/advisers/me': () => errorResponse(404, 'NOT_FOUND', 'お探しのものは見つかりませんでした。') });
    await renderAppAt('/advisers/me');

    expect(await screen.findByRole('heading', { level: 2, name: '相談員プロフィールの登録' })).toBeTruthy();
    await press(screen.getByRole('button', { name: 'プロフィールを登録する' }));
    expect(within(screen.getAllByRole('alert')[0] as HTMLElement).getAllByRole('link').map((link) => link.textContent)).toEqual([
      '所属を入力してください。',
      '分野を1つ以上選んでください。',
      '相談できることを1つ以上選んでください。',
      '相談できる場所を1つ以上選んでください。',
    ]);
  });
});
