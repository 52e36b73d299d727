import type { EventDetail, MeResponse } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { languageStorageKey } from '../../i18n/i18n';
import { meFixture } from '../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';
import { eventDetailFixture, eventId, eventPage, eventSummaryFixture, registrationFixture, registrationId } from './testing/event-fixtures';

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let event: EventDetail;

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    [`GET /api/events/${eventId}`]: () => jsonResponse(200, event),
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};
const factsOf = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('dt'), (term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);

beforeEach(() => {
  window.localStorage.clear();
  me = meFixture();
  event = eventDetailFixture();
  serve();
});

afterEach(() => jest.restoreAllMocks());

describe('the events list', () => {
  it('says for each event whether a seat is free or only the waiting list is left, with its time in Japan time', async () => {
    const open = eventSummaryFixture();
    const full = eventSummaryFixture({
      id: '6e1d0c1a-7a55-4b8e-9d3c-2f0a1b2c3d4e',
      kind: 'job-fair',
      title: '「あさかで働こう」就職面接会',
      areas: [],
      seatsRemaining: 0,
      waitlisted: 3,
      registration: 'waitlist',
    });
    const online = eventSummaryFixture({
      id: '8e1d0c1a-7a55-4b8e-9d3c-2f0a1b2c3d4e',
      title: '販路開拓セミナー',
      place: { kind: 'online', url: null },
      areas: ['sales-channels'],
      seatsRemaining: 1,
    });
    serve({ 'GET /api/events': () => jsonResponse(200, eventPage([open, full, online])) });
    await renderAppAt('/events');

    await waitFor(() => expect(document.querySelectorAll('.event-card')).toHaveLength(3));
    const [first, second, third] = Array.from(document.querySelectorAll<HTMLElement>('.event-card'));
    expect(within(first as HTMLElement).getByRole('link', { name: '創業塾 第1回「事業計画と資金計画」' }).getAttribute('href')).toBe(`/events/${eventId}`);
    expect(factsOf(first as HTMLElement)).toEqual([
      '日時: 2026年12月5日(土) 14:00〜16:30 (日本時間 JST)',
      '場所: 朝霞市産業文化センター 研修室1（朝霞市浜崎1-2-10）',
      '扱う分野: 経営・財務',
      '定員・空き: 残り12席（定員30人）',
    ]);
    expect(factsOf(second as HTMLElement)).toContain('定員・空き: キャンセル待ち（満席・3人待ち）');
    expect(within(second as HTMLElement).getByText('就職面接会・相談会')).toBeTruthy();
    expect(factsOf(third as HTMLElement)).toContain('場所: オンライン');
    expect(factsOf(third as HTMLElement)).toContain('定員・空き: 残り1席（定員30人）');
    expect(screen.getByRole('status').textContent).toBe('3件のイベントがあります（1〜3件目を表示）。');
    expect(screen.getByText('セミナーで扱う分野（経営・財務・人材育成・販路開拓）は、特定創業支援等事業の受講として数えられます。')).toBeTruthy();
  });

  it('asks for events from today on by default, and for one kind and month once chosen, keeping them in the address', async () => {
    serve({ 'GET /api/events': () => jsonResponse(200, eventPage([])) });
    const { router } = await renderAppAt('/events');
    await screen.findByText('条件に合うイベントはありません。');
    const first = Object.fromEntries(api.to('GET /api/events')[0]?.query ?? []);
    expect(first['from']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(first['to']).toBeUndefined();
    expect(first['kind']).toBeUndefined();

    fireEvent.change(screen.getByRole('combobox', { name: '種類' }), { target: { value: 'job-fair' } });
    const month = screen.getByRole('combobox', { name: '開催月' }) as HTMLSelectElement;
    const chosen = month.options[2]?.value ?? '';
    fireEvent.change(month, { target: { value: chosen } });
    await press(screen.getByRole('button', { name: '絞り込む' }));

    await waitFor(() => expect(router.state.location.search).toBe(`?kind=job-fair&month=${chosen}`));
    await waitFor(() => expect(api.to('GET /api/events')).toHaveLength(2));
    const second = Object.fromEntries(api.to('GET /api/events')[1]?.query ?? []);
    expect(second['kind']).toBe('job-fair');
    expect(second['from']).toBe(`${chosen}-01`);
    expect(second['to']).toMatch(new RegExp(`^${chosen}-(28|29|30|31)$`));
  });
});

describe('an event’s page', () => {
  it('shows the facts in Japan time, the areas with what they count for, and asks a visitor to sign in to register', async () => {
    me = null;
    serve();
    await renderAppAt(`/events/${eventId}`);

    expect(await screen.findByRole('heading', { level: 1, name: '創業塾 第1回「事業計画と資金計画」' })).toBeTruthy();
    expect(factsOf(document.querySelector('.event-details') as HTMLElement)).toEqual([
      '日時: 2026年12月5日(土) 14:00〜16:30 (日本時間 JST)',
      '場所: 朝霞市産業文化センター 研修室1（朝霞市浜崎1-2-10）',
      '主催: 朝霞市 産業振興課・朝霞市商工会',
      '定員・空き: 残り12席（定員30人）',
      '申込受付: 2026年11月1日(日) 09:00 (日本時間 JST)から2026年12月4日(金) 17:00 (日本時間 JST)まで',
      '扱う分野: 経営・財務特定創業支援等事業の受講として数えられます（4つの分野すべてと、1か月以上にわたる4回以上の受講で、市の証明書の対象になります）。',
    ]);
    const registration = screen.getByRole('region', { name: 'お申込み' });
    expect(within(registration).getByRole('link', { name: 'ログイン' }).getAttribute('href')).toBe(`/login?next=${encodeURIComponent(`/events/${eventId}`)}`);
    expect(within(registration).queryByRole('button', { name: '申し込む' })).toBeNull();
  });

  it('registers a signed-in person and says the seat is confirmed, then shows the check-in code large and spelled out', async () => {
    serve({
      [`POST /api/events/${eventId}/registrations`]: () => {
        event = eventDetailFixture({ seatsRemaining: 11, myRegistration: registrationFixture() });
        return jsonResponse(201, registrationFixture());
      },
    });
    await renderAppAt(`/events/${eventId}`);
    const registration = await screen.findByRole('region', { name: 'お申込み' });
    expect(within(registration).getByText('残り12席です。申し込むと参加が確定し、当日の受付コードをお知らせします。')).toBeTruthy();

    await press(within(registration).getByRole('button', { name: '申し込む' }));

    const done = await within(registration).findByText('申込みが完了しました。参加が確定しています。確認のメールをお送りしました。');
    await waitFor(() => expect(document.activeElement).toBe(done));
    const code = await within(registration).findByRole('group', { name: '受付コード' });
    expect(code.querySelector('.check-in-code__value [aria-hidden="true"]')?.textContent).toBe('K7MQ-3XNA');
    expect(code.querySelector('.event-sr-only')?.textContent).toBe('K 7 M Q、3 X N A');
    expect(within(registration).getByRole('button', { name: '申込を取り消す' })).toBeTruthy();
    expect(api.to(`POST /api/events/${eventId}/registrations`)).toHaveLength(1);
  });

  it('puts a person on the waiting list of a full event and says their position', async () => {
    event = eventDetailFixture({ seatsRemaining: 0, waitlisted: 2, registration: 'waitlist' });
    serve({
      [`POST /api/events/${eventId}/registrations`]: () =>
        jsonResponse(201, registrationFixture({ status: 'waitlisted', waitlistPosition: 3, checkInCode: null, confirmedAt: null })),
    });
    await renderAppAt(`/events/${eventId}`);
    const registration = await screen.findByRole('region', { name: 'お申込み' });

    await press(within(registration).getByRole('button', { name: 'キャンセル待ちに申し込む' }));

    expect(await within(registration).findByText('キャンセル待ちの3番目で受け付けました。空きが出ると繰り上がり、メールでお知らせします。')).toBeTruthy();
    expect(within(registration).queryByRole('group', { name: '受付コード' })).toBeNull();
  });

  it('says why a registration was refused, in the API’s words', async () => {
    serve({
      [`POST /api/events/${eventId}/registrations`]: () => errorResponse(409, 'REGISTRATION_CLOSED', 'このイベントの申込受付は終了しました。'),
    });
    await renderAppAt(`/events/${eventId}`);
    await press(await screen.findByRole('button', { name: '申し込む' }));

    expect((await screen.findByRole('alert')).textContent).toBe('このイベントの申込受付は終了しました。');
  });

  it('cancels a waiting-list place only after the person confirms, and says it is done', async () => {
    const waiting = registrationFixture({ status: 'waitlisted', waitlistPosition: 1, checkInCode: null });
    event = eventDetailFixture({ seatsRemaining: 0, waitlisted: 1, registration: 'waitlist', myRegistration: waiting });
    serve({
      [`DELETE /api/event-registrations/${registrationId}`]: () => {
        event = eventDetailFixture({ seatsRemaining: 0, registration: 'waitlist' });
        return jsonResponse(200, { ...waiting, status: 'cancelled', cancelledBy: 'person', actions: [] });
      },
    });
    await renderAppAt(`/events/${eventId}`);
    const registration = await screen.findByRole('region', { name: 'お申込み' });
    expect(within(registration).getByText('キャンセル待ちの1番目です。空きが出ると繰り上がり、メールでお知らせします。')).toBeTruthy();

    await press(within(registration).getByRole('button', { name: 'キャンセル待ちをやめる' }));
    const dialog = await screen.findByRole('alertdialog', { name: '「創業塾 第1回「事業計画と資金計画」」の申込を取り消しますか' });
    expect(api.to(`DELETE /api/event-registrations/${registrationId}`)).toHaveLength(0);
    await press(within(dialog).getByRole('button', { name: 'キャンセル待ちをやめる' }));

    expect(await within(registration).findByText('申込を取り消しました。')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.to(`DELETE /api/event-registrations/${registrationId}`)).toHaveLength(1);
    expect(await within(registration).findByRole('button', { name: 'キャンセル待ちに申し込む' })).toBeTruthy();
  });

  it('says clearly that a cancelled event was called off, with the reason, and offers no registration', async () => {
    event = eventDetailFixture({ status: 'cancelled', cancellationReason: '講師の急病のため', cancelledAt: '2026-12-01T09:00:00+09:00', registration: 'closed' });
    serve();
    await renderAppAt(`/events/${eventId}`);

    expect(await screen.findByText('このイベントは中止になりました')).toBeTruthy();
    expect(screen.getByText('理由：講師の急病のため')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'お申込み' })).toBeNull();
    expect(factsOf(document.querySelector('.event-details') as HTMLElement)).toContain('定員・空き: 中止');
  });

  it('shows the online link only when the API gives it', async () => {
    event = eventDetailFixture({ place: { kind: 'online', url: null } });
    serve();
    const first = await renderAppAt(`/events/${eventId}`);
    expect(await screen.findByText('オンライン（参加が確定した方に、このページとメールで参加用のURLをお知らせします）')).toBeTruthy();
    expect(screen.queryByRole('link', { name: '参加用のURLを開く' })).toBeNull();
    first.unmount();

    event = eventDetailFixture({ place: { kind: 'online', url: 'https://meet.example.jp/asaka' }, myRegistration: registrationFixture() });
    serve();
    await renderAppAt(`/events/${eventId}`);
    expect((await screen.findByRole('link', { name: '参加用のURLを開く' })).getAttribute('href')).toBe('https://meet.example.jp/asaka');
  });
});

describe('in English', () => {
  it('writes the time in Japan time and the seats in English', async () => {
    window.localStorage.setItem(languageStorageKey, 'en');
    await renderAppAt(`/events/${eventId}`);

    await screen.findByRole('heading', { level: 1, name: '創業塾 第1回「事業計画と資金計画」' });
    const facts = factsOf(document.querySelector('.event-details') as HTMLElement);
    expect(facts).toContain('When: Sat 5 December 2026, 14:00–16:30 (Japan time, JST)');
    expect(facts).toContain('Seats: 12 seats left (30 in all)');
    expect(screen.getByRole('button', { name: 'Register' })).toBeTruthy();
  });
});

describe('my registrations', () => {
  it('lists them with their status, waiting-list position and check-in code, upcoming ones by default', async () => {
    serve({
      'GET /api/me/event-registrations': () =>
        jsonResponse(
          200,
          eventPage([
            registrationFixture(),
            registrationFixture({
              id: '9f3c2b1a-0d9e-4c8b-a7f6-e5d4c3b2a190',
              status: 'waitlisted',
              waitlistPosition: 2,
              checkInCode: null,
              event: eventSummaryFixture({ id: '6e1d0c1a-7a55-4b8e-9d3c-2f0a1b2c3d4e', title: '就職面接会', kind: 'job-fair', areas: [] }),
            }),
          ]),
        ),
    });
    await renderAppAt('/events/mine');

    expect(await screen.findByRole('heading', { level: 1, name: '申し込んだイベント' })).toBeTruthy();
    const [seat, waiting] = await waitFor(() => {
      const cards = Array.from(document.querySelectorAll<HTMLElement>('.event-card'));
      expect(cards).toHaveLength(2);
      return cards;
    });
    expect(factsOf(seat as HTMLElement)).toContain('申込の状態: 参加確定');
    expect(within(seat as HTMLElement).getByRole('group', { name: '受付コード' }).textContent).toContain('K7MQ-3XNA');
    expect(factsOf(waiting as HTMLElement)).toContain('申込の状態: キャンセル待ち 2番目');
    expect(within(waiting as HTMLElement).queryByRole('group', { name: '受付コード' })).toBeNull();
    expect(Object.fromEntries(api.to('GET /api/me/event-registrations')[0]?.query ?? [])['upcoming']).toBe('true');
  });
});
