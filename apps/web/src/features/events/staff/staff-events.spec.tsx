import type { EventAttendee, EventDetail, MeResponse } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meFixture } from '../../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../../testing/fake-api';
import { renderAppAt } from '../../../testing/render-app';
import { attendeeFixture, eventDetailFixture, eventId, eventPage, registrationId } from '../testing/event-fixtures';

const staff = meFixture({ id: '11111111-2222-4333-8444-555555555555', displayName: '産業振興課 職員', roles: ['staff'], secondFactorEnabled: true });

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let event: EventDetail;
let attendees: EventAttendee[];

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    [`GET /api/events/${eventId}`]: () => jsonResponse(200, event),
    [`GET /api/events/${eventId}/registrations`]: () => jsonResponse(200, eventPage(attendees, attendees.length, 1, 500)),
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
  me = staff;
  event = eventDetailFixture({ actions: ['cancel'], editable: true, attended: 0, registered: 18 });
  attendees = [attendeeFixture()];
  serve();
});

afterEach(() => jest.restoreAllMocks());

describe('creating an event', () => {
  it('says, in the order of the form, what is missing, and moves focus to the first field in error', async () => {
    await renderAppAt('/staff/events/new');
    await screen.findByRole('heading', { level: 1, name: '新しいイベントの作成' });
    type('イベント名', '');

    await press(screen.getByRole('button', { name: '下書きとして保存する' }));

    const summary = screen.getByRole('alert', { name: '' }).querySelector('.error-summary') as HTMLElement;
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'イベント名を入力してください。',
      '開催日を入力してください。',
      '開始時刻を入力してください。',
      '終了時刻を入力してください。',
      '会場名を入力してください。',
      '会場の住所を入力してください。',
      '定員を入力してください。',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(textbox('イベント名')));
    expect(textbox('イベント名').getAttribute('aria-invalid')).toBe('true');
    expect(api.to('POST /api/events')).toHaveLength(0);
  });

  it('offers the areas only for a seminar, and saves a draft in Japan time, then shows its page', async () => {
    serve({ 'POST /api/events': () => jsonResponse(201, eventDetailFixture({ status: 'draft', publishedAt: null, actions: ['publish', 'cancel'], editable: true })) });
    const { router } = await renderAppAt('/staff/events/new');
    await screen.findByRole('heading', { level: 1, name: '新しいイベントの作成' });
    expect(screen.getByRole('group', { name: '扱う分野' })).toBeTruthy();
    await press(screen.getByRole('radio', { name: '就職面接会・相談会' }));
    expect(screen.queryByRole('group', { name: '扱う分野' })).toBeNull();
    await press(screen.getByRole('radio', { name: 'セミナー' }));

    type('イベント名', '創業塾 第2回「販路開拓」');
    fireEvent.change(screen.getByLabelText('開催日'), { target: { value: '2026-12-12' } });
    type('開始時刻', '１４：００');
    type('終了時刻', '1630');
    type('会場名', '朝霞市産業文化センター 研修室1');
    type('会場の住所', '朝霞市浜崎1-2-10');
    type('定員（人）', '１');
    await press(screen.getByRole('checkbox', { name: '販路開拓' }));
    await press(screen.getByRole('button', { name: '下書きとして保存する' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/staff/events/${eventId}`));
    expect(api.to('POST /api/events')[0]?.body).toMatchObject({
      kind: 'seminar',
      title: '創業塾 第2回「販路開拓」',
      startsAt: '2026-12-12T14:00:00+09:00',
      endsAt: '2026-12-12T16:30:00+09:00',
      registrationClosesAt: '2026-12-12T14:00:00+09:00',
      capacity: 1,
      areas: ['sales-channels'],
      place: { kind: 'venue', name: '朝霞市産業文化センター 研修室1', address: '朝霞市浜崎1-2-10' },
    });
    expect(await screen.findByText('下書きとして保存しました。内容を確かめて「公開する」を押してください。')).toBeTruthy();
  });
});

describe('running an event', () => {
  it('calls an event off only with a reason, which it sends', async () => {
    serve({
      [`POST /api/events/${eventId}/cancel`]: () => {
        event = eventDetailFixture({ status: 'cancelled', cancellationReason: '講師の急病のため', registration: 'closed' });
        return jsonResponse(200, event);
      },
    });
    await renderAppAt(`/staff/events/${eventId}`);
    await press(await screen.findByRole('button', { name: '中止する' }));
    const dialog = await screen.findByRole('dialog', { name: '「創業塾 第1回「事業計画と資金計画」」を中止しますか' });

    await press(within(dialog).getByRole('button', { name: '中止する' }));
    expect(within(dialog).getByText('中止の理由を入力してください。')).toBeTruthy();
    expect(api.to(`POST /api/events/${eventId}/cancel`)).toHaveLength(0);

    fireEvent.change(within(dialog).getByRole('textbox', { name: '中止の理由' }), { target: { value: '講師の急病のため' } });
    await press(within(dialog).getByRole('button', { name: '中止する' }));

    expect(await screen.findByText('中止しました。申込者にメールでお知らせします。')).toBeTruthy();
    expect(api.to(`POST /api/events/${eventId}/cancel`)[0]?.body).toEqual({ reason: '講師の急病のため' });
  });
});

describe('checking people in', () => {
  it('sends the code as typed (lower case, no hyphen), then empties the input, keeps focus in it and names the person politely', async () => {
    serve({
      [`POST /api/events/${eventId}/check-in`]: () => {
        attendees = [attendeeFixture({ attendedAt: '2026-12-05T13:52:00+09:00' })];
        return jsonResponse(200, { attendee: attendees[0], alreadyCheckedIn: false });
      },
    });
    await renderAppAt(`/staff/events/${eventId}/attendance`);
    const input = await screen.findByRole('textbox', { name: '受付コード' });
    input.focus();

    fireEvent.change(input, { target: { value: 'k7mq3xna' } });
    await press(screen.getByRole('button', { name: '受付する' }));

    expect(api.to(`POST /api/events/${eventId}/check-in`)[0]?.body).toEqual({ code: 'k7mq3xna' });
    const announcement = document.querySelector('.check-in__announcement') as HTMLElement;
    await waitFor(() => expect(announcement.textContent).toBe('朝霞 花子さんを受付しました（受付コード K7MQ-3XNA）。'));
    expect(announcement.getAttribute('role')).toBe('status');
    expect((input as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(input);
    const row = await screen.findByRole('row', { name: /朝霞 花子/ });
    await waitFor(() => expect(within(row).getByText('受付済み 2026年12月5日(土) 13:52 (日本時間 JST)')).toBeTruthy());
  });

  it('keeps a code that matches nobody, selected to correct, and says why', async () => {
    serve({
      [`POST /api/events/${eventId}/check-in`]: () =>
        errorResponse(404, 'CHECK_IN_CODE_NOT_FOUND', 'この受付コードの申込は、このイベントにはありません。コードを確かめてください。'),
    });
    await renderAppAt(`/staff/events/${eventId}/attendance`);
    const input = (await screen.findByRole('textbox', { name: '受付コード' })) as HTMLInputElement;

    fireEvent.change(input, { target: { value: 'ＡＢＣＤ－ＥＦＧＨ' } });
    await press(screen.getByRole('button', { name: '受付する' }));

    expect(await screen.findByText('この受付コードの申込は、このイベントにはありません。コードを確かめてください。')).toBeTruthy();
    expect(input.value).toBe('ＡＢＣＤ－ＥＦＧＨ');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
  });

  it('checks a person in from their row of the list', async () => {
    serve({
      [`POST /api/events/${eventId}/check-in`]: () => {
        attendees = [attendeeFixture({ attendedAt: '2026-12-05T13:55:00+09:00' })];
        return jsonResponse(200, { attendee: attendees[0], alreadyCheckedIn: false });
      },
    });
    await renderAppAt(`/staff/events/${eventId}/attendance`);

    await press(await screen.findByRole('button', { name: '朝霞 花子さんを受付する' }));

    expect(api.to(`POST /api/events/${eventId}/check-in`)[0]?.body).toEqual({ registrationId });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('受付済み 2026年12月5日(土) 13:55 (日本時間 JST)'));
  });

  it('downloads the attendance list as the CSV file the API names', async () => {
    const csv = '\uFEFFお名前,メールアドレス\r\n朝霞 花子,hanako@example.jp\r\n';
    serve({
      [`GET /api/events/${eventId}/attendance.csv`]: () =>
        new Response(csv, { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="attendance-2026-12-05-5e1d0c1a.csv"' } }),
    });
    const saved: string[] = [];
    Object.assign(URL, { createObjectURL: () => 'blob:test/1', revokeObjectURL: () => undefined });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await renderAppAt(`/staff/events/${eventId}/attendance`);

    await press(await screen.findByRole('button', { name: '出席簿をCSVでダウンロード' }));

    await waitFor(() => expect(saved).toEqual(['attendance-2026-12-05-5e1d0c1a.csv']));
    expect(await screen.findByText('attendance-2026-12-05-5e1d0c1a.csv のダウンロードを開始しました。')).toBeTruthy();
  });
});
