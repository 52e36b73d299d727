import type { MeResponse } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meFixture } from '../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';
import { adviserFixture, adviserId, at, bookingFixture, bookingId, jaDay, nextMonday, nextWeekDay, slotListFixture } from './testing/consultation-fixtures';

const entrepreneur = meFixture({ displayName: '膝折 創', roles: ['entrepreneur'] });

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    'GET /api/advisers': () => jsonResponse(200, { items: [adviserFixture()], total: 1, page: 1, pageSize: 100 }),
    [`GET /api/advisers/${adviserId}`]: () => jsonResponse(200, adviserFixture()),
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

/** A name that starts with `text`, taken literally. */
const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const tuesday = nextWeekDay(1);
const tuesdayTen = { startsAt: at(tuesday, '10:00'), endsAt: at(tuesday, '11:00') };
const slotAddress = `/consultations?week=${nextMonday()}&slot=${adviserId}_${encodeURIComponent(tuesdayTen.startsAt)}`;

beforeEach(() => {
  window.localStorage.clear();
  me = entrepreneur;
  serve();
});

afterEach(() => jest.restoreAllMocks());

describe('the slot picker', () => {
  it('names each free slot by its date, its time and the Japan time zone', async () => {
    serve({ 'GET /api/consultation-slots': () => jsonResponse(200, slotListFixture([tuesdayTen])) });
    await renderAppAt(`/consultations?week=${nextMonday()}`);

    const slot = await screen.findByRole('button', { name: `${jaDay(tuesday)} 10:00〜11:00 (日本時間 JST) 浜崎 導 朝霞市商工会` });
    expect(within(slot).getByText('10:00〜11:00')).toBeTruthy();
    const day = screen.getByRole('listitem', { name: jaDay(tuesday) });
    expect(within(day).getAllByRole('button')).toHaveLength(1);
    expect(within(screen.getByRole('listitem', { name: jaDay(nextWeekDay(0)) })).getByText('空きなし')).toBeTruthy();
    expect(screen.getByText('時刻はすべて日本時間（JST）です。1つ選ぶと、予約の入力に進みます。')).toBeTruthy();
    expect(document.querySelector('.slot-picker .result-count')?.textContent).toBe(`${jaDay(nextMonday())}〜${jaDay(nextWeekDay(6))}：空きが1件あります。`);
    const [request] = api.to('GET /api/consultation-slots');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({ from: nextMonday(), to: nextWeekDay(6) });
  });

  it('moves a week at a time and asks for that week’s slots, with the filters in the address', async () => {
    await renderAppAt(`/consultations?topic=financing&week=${nextMonday()}`);
    await screen.findByText(`${jaDay(nextMonday())}〜${jaDay(nextWeekDay(6))}は、条件に合う空きがありません。次の週もご覧ください。`);

    const nextWeek = screen.getByRole('button', { name: '次の週' });
    act(() => nextWeek.focus());
    await press(nextWeek);

    await waitFor(() => expect(api.to('GET /api/consultation-slots')).toHaveLength(2));
    expect(Object.fromEntries(api.to('GET /api/consultation-slots')[1]?.query ?? [])).toEqual({ from: nextWeekDay(7), to: nextWeekDay(13), topic: 'financing' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '次の週' }));
  });

  it('lets a visitor look, and offers a sign-in that comes back to the slot they picked', async () => {
    me = null;
    serve({ 'GET /api/consultation-slots': () => jsonResponse(200, slotListFixture([tuesdayTen])) });
    const { router } = await renderAppAt(`/consultations?week=${nextMonday()}`);

    expect((await screen.findByRole('link', { name: 'ログインして予約する' })).getAttribute('href')).toBe(
      `/login?next=${encodeURIComponent(`/consultations?week=${nextMonday()}`)}`,
    );
    await press(await screen.findByRole('button', { name: startingWith(`${jaDay(tuesday)} 10:00〜11:00`) }));

    expect(await screen.findByText('予約するにはログインしてください。ログインすると、選んだ日時の予約画面に戻ります。')).toBeTruthy();
    const signIn = within(screen.getByRole('main')).getByRole('link', { name: 'ログイン' });
    const next = new URL(signIn.getAttribute('href') ?? '', 'http://portal.test').searchParams.get('next');
    expect(next).toBe(`${router.state.location.pathname}${router.state.location.search}`);
    expect(router.state.location.search).toContain(`slot=${adviserId}_`);
  });
});

describe('booking a picked slot', () => {
  it('checks the form with the contract’s schema before sending, and says field by field what is missing', async () => {
    await renderAppAt(slotAddress);
    await screen.findByRole('heading', { level: 1, name: '相談の予約' });
    expect(await screen.findByText(`${tuesday.slice(0, 4)}年${jaDay(tuesday)} 10:00〜11:00 (日本時間 JST)`)).toBeTruthy();

    await press(screen.getByRole('button', { name: 'この内容で予約する' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      '相談内容を選んでください。',
      '場所を選んでください。',
      '今の段階を選んでください。',
      '事業の概要を入力してください。',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: '相談内容' }));
    expect(api.to('POST /api/consultation-bookings')).toHaveLength(0);
  });

  it('books with the topic, the place and the intake answers, then shows the booking', async () => {
    serve({
      'POST /api/consultation-bookings': () => jsonResponse(201, bookingFixture()),
      [`GET /api/consultation-bookings/${bookingId}`]: () => jsonResponse(200, bookingFixture()),
    });
    const { router } = await renderAppAt(slotAddress);
    await screen.findByRole('combobox', { name: '相談内容' });

    fireEvent.change(screen.getByRole('combobox', { name: '相談内容' }), { target: { value: 'financing' } });
    await press(screen.getByRole('radio', { name: '朝霞市商工会' }));
    await press(screen.getByRole('radio', { name: '創業準備中' }));
    fireEvent.change(screen.getByRole('textbox', { name: '事業の概要' }), { target: { value: '朝霞台駅の近くでお弁当の店を開きたい。' } });
    await press(screen.getByRole('button', { name: 'この内容で予約する' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/consultations/bookings/${bookingId}`));
    expect(api.to('POST /api/consultation-bookings')[0]?.body).toEqual({
      adviserId,
      startsAt: tuesdayTen.startsAt,
      topic: 'financing',
      place: 'chamber-of-commerce',
      answers: { stage: 'preparing', businessIdea: '朝霞台駅の近くでお弁当の店を開きたい。', questions: '' },
    });
    expect(await screen.findByText('予約しました。確認のメールをお送りしました（あなたと相談員の両方に届きます）。')).toBeTruthy();
  });

  it('when someone else has just taken the slot (409), says so and shows the week again with the slots fetched anew', async () => {
    let slotsAsked = 0;
    serve({
      'GET /api/consultation-slots': () => {
        slotsAsked += 1;
        return jsonResponse(200, slotListFixture(slotsAsked === 1 ? [tuesdayTen] : []));
      },
      'POST /api/consultation-bookings': () => errorResponse(409, 'SLOT_ALREADY_BOOKED', 'この時間はすでに予約が入りました。別の時間を選んでください。'),
    });
    const { router } = await renderAppAt(`/consultations?week=${nextMonday()}`);
    await press(await screen.findByRole('button', { name: startingWith(`${jaDay(tuesday)} 10:00〜11:00`) }));

    fireEvent.change(await screen.findByRole('combobox', { name: '相談内容' }), { target: { value: 'founding-plan' } });
    await press(screen.getByRole('radio', { name: /^オンライン/ }));
    await press(screen.getByRole('radio', { name: '構想段階' }));
    fireEvent.change(screen.getByRole('textbox', { name: '事業の概要' }), { target: { value: '古民家カフェ' } });
    await press(screen.getByRole('button', { name: 'この内容で予約する' }));

    await waitFor(() => expect(router.state.location.search).not.toContain('slot='));
    const reason = await screen.findByText('この時間はすでに予約が入りました。別の時間を選んでください。');
    expect(reason.closest('[role="alert"]')?.textContent).toContain('選んだ日時は予約できませんでした');
    await waitFor(() => expect(slotsAsked).toBeGreaterThanOrEqual(2));
    expect(await screen.findByText(`${jaDay(nextMonday())}〜${jaDay(nextWeekDay(6))}は、条件に合う空きがありません。次の週もご覧ください。`)).toBeTruthy();
    expect(screen.queryByRole('button', { name: startingWith(`${jaDay(tuesday)} 10:00〜11:00`) })).toBeNull();
  });

  it('shows the limit of open bookings where the person is, with the way to their bookings', async () => {
    serve({
      'POST /api/consultation-bookings': () =>
        errorResponse(409, 'OPEN_BOOKINGS_LIMIT', '同時に持てる相談予約の上限に達しています。今の予約が終わるか取り消してから、新しく予約してください。'),
    });
    await renderAppAt(slotAddress);
    fireEvent.change(await screen.findByRole('combobox', { name: '相談内容' }), { target: { value: 'financing' } });
    await press(screen.getByRole('radio', { name: '朝霞市商工会' }));
    await press(screen.getByRole('radio', { name: '創業後5年以内' }));
    fireEvent.change(screen.getByRole('textbox', { name: '事業の概要' }), { target: { value: '雑貨店' } });
    await press(screen.getByRole('button', { name: 'この内容で予約する' }));

    const summary = await screen.findByRole('alert');
    await within(summary).findByText('同時に持てる相談予約の上限に達しています。今の予約が終わるか取り消してから、新しく予約してください。');
    expect(within(summary).getByRole('link', { name: '予約した相談を確認する' }).getAttribute('href')).toBe('/consultations/bookings');
    expect(screen.getByRole('heading', { level: 1, name: '相談の予約' })).toBeTruthy();
  });
});
