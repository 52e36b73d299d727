import type { FoundingReport, MeResponse } from '@asaka/contracts';
import { japanDateKey } from '@asaka/domain';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meFixture } from '../../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../../testing/fake-api';
import { renderAppAt } from '../../../testing/render-app';
import { inquiryFixture } from '../../vacant-stores/testing/inquiry-fixtures';
import { pageOf, personId, reportFixture, reportId } from '../testing/founding-fixtures';

const DAY = 86_400_000;
const daysAgo = (days: number) => japanDateKey(new Date(Date.now() - days * DAY));

const cafe = inquiryFixture({ vacantStoreId: '3d7c2a10-8b1e-4f5a-9c3d-1e2f3a4b5c6d', storeTitle: '朝霞台駅前 飲食可 1階路面' });
// A second inquiry about the same store, and one about a store of the person's own organization.
const cafeAgain = inquiryFixture({ id: '7a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4c', vacantStoreId: cafe.vacantStoreId, storeTitle: cafe.storeTitle });
const ownStore = inquiryFixture({ id: '7a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4d', vacantStoreId: '5e5e5e5e-8b1e-4f5a-9c3d-1e2f3a4b5c6d', storeTitle: '自社の物件', mySide: 'owner' });

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let mine: FoundingReport[];

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    'GET /api/me/founding-reports': () => jsonResponse(200, pageOf(mine)),
    'GET /api/inquiries': () => jsonResponse(200, pageOf([cafe, cafeAgain, ownStore], 3, 1, 100)),
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
const summaryLinks = () => within(document.querySelector('.error-summary') as HTMLElement).getAllByRole('link').map((link) => link.textContent);

beforeEach(() => {
  window.localStorage.clear();
  me = meFixture({ id: personId, displayName: '岡 開', roles: ['entrepreneur'] });
  mine = [];
  serve();
});

afterEach(() => jest.restoreAllMocks());

describe('reporting a business founded', () => {
  it('says, in the order of the form, what is missing, moves focus to the first field, and sends nothing', async () => {
    await renderAppAt('/founding-reports/new');
    await screen.findByRole('combobox', { name: /利用した空き店舗/ });

    await press(screen.getByRole('button', { name: '報告を送る' }));

    expect(summaryLinks()).toEqual([
      '開業日を入力してください。',
      '屋号・会社名を入力してください。',
      '事業の形態を選んでください。',
      '業種を入力してください。',
      '事業所の場所を選んでください。',
      '事業所の所在地を入力してください。',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('開業日')));
    expect(textbox('屋号・会社名').getAttribute('aria-invalid')).toBe('true');
    expect(api.to('POST /api/founding-reports')).toHaveLength(0);
  });

  it('refuses a founding date after today or more than five years back, as the city does', async () => {
    await renderAppAt('/founding-reports/new');
    const date = await screen.findByLabelText('開業日');

    fireEvent.change(date, { target: { value: japanDateKey(new Date(Date.now() + 3 * DAY)) } });
    await press(screen.getByRole('button', { name: '報告を送る' }));
    expect(summaryLinks()[0]).toBe('開業日に、今日より後の日付は入力できません。');

    fireEvent.change(date, { target: { value: daysAgo(6 * 366) } });
    await press(screen.getByRole('button', { name: '報告を送る' }));
    expect(summaryLinks()[0]).toBe('開業日は、5年以内の日付を入力してください。');
  });

  it('offers only the stores the person inquired about, each once, and sends the one chosen', async () => {
    const foundedOn = daysAgo(9);
    serve({
      'POST /api/founding-reports': (request) => {
        const body = request.body as Record<string, unknown>;
        mine = [reportFixture({ ...(body as Partial<FoundingReport>), foundedOn, vacantStore: { id: cafe.vacantStoreId, title: cafe.storeTitle } })];
        return jsonResponse(201, mine[0]);
      },
      [`GET /api/founding-reports/${reportId}`]: () => jsonResponse(200, mine[0]),
    });
    const { router } = await renderAppAt('/founding-reports/new');
    const store = await screen.findByRole('combobox', { name: /利用した空き店舗/ });
    expect(within(store).getAllByRole('option').map((option) => option.textContent)).toEqual(['利用していない', '朝霞台駅前 飲食可 1階路面']);

    fireEvent.change(screen.getByLabelText('開業日'), { target: { value: foundedOn } });
    type('屋号・会社名', 'こめこぱん工房 おか');
    await press(screen.getByRole('radio', { name: '個人事業' }));
    type('業種', 'パン製造小売業');
    await press(screen.getByRole('radio', { name: '朝霞市内' }));
    type('事業所の所在地', '朝霞市岡二丁目');
    fireEvent.change(store, { target: { value: cafe.vacantStoreId } });
    await press(screen.getByRole('button', { name: '報告を送る' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/founding-reports/${reportId}`));
    expect(api.to('POST /api/founding-reports')[0]?.body).toEqual({
      foundedOn,
      businessName: 'こめこぱん工房 おか',
      businessType: 'sole-proprietorship',
      industry: 'パン製造小売業',
      inAsaka: true,
      address: '朝霞市岡二丁目',
      vacantStoreId: cafe.vacantStoreId,
    });
    expect(await screen.findByText('開業の報告を受け付けました。市の職員が内容を確認し、結果をメールでお知らせします。')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /^報告の状態：\s?確認待ち$/ })).toBeTruthy();
  });

  it('shows the field the API refuses next to it, in the API’s words', async () => {
    serve({
      'POST /api/founding-reports': () =>
        errorResponse(400, 'VALIDATION_FAILED', '入力内容に誤りがあります。', {
          details: [{ path: 'vacantStoreId', code: 'custom', message: 'お問い合わせをした空き店舗から選んでください / choose a vacant store you inquired about' }],
        }),
    });
    await renderAppAt('/founding-reports/new');
    const store = await screen.findByRole('combobox', { name: /利用した空き店舗/ });
    fireEvent.change(screen.getByLabelText('開業日'), { target: { value: daysAgo(3) } });
    type('屋号・会社名', '珈琲 あさか');
    await press(screen.getByRole('radio', { name: '法人' }));
    type('業種', '飲食業（カフェ）');
    await press(screen.getByRole('radio', { name: '朝霞市外' }));
    type('事業所の所在地', '和光市本町');
    fireEvent.change(store, { target: { value: cafe.vacantStoreId } });
    await press(screen.getByRole('button', { name: '報告を送る' }));

    await waitFor(() => expect(summaryLinks()).toEqual(['お問い合わせをした空き店舗から選んでください / choose a vacant store you inquired about']));
    await waitFor(() => expect(document.activeElement).toBe(store));
  });

  it('points to the report waiting for review instead of offering a second one', async () => {
    mine = [reportFixture()];
    await renderAppAt('/founding-reports/new');
    expect(await screen.findByText('確認待ちの開業報告があります。内容を直すときは、その報告のページから修正してください。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '確認待ちの報告「こめこぱん工房 おか」を開く' }).getAttribute('href')).toBe(`/founding-reports/${reportId}`);
    expect(screen.queryByRole('button', { name: '報告を送る' })).toBeNull();
  });
});

describe('a report sent back', () => {
  it('shows the reason, and the correction sends it again with PATCH', async () => {
    let report = reportFixture({ status: 'rejected', rejectionReason: '開業日が開業届の控えと違います。控えの日付を入力してください。', rejectedAt: '2026-05-27T16:00:00+09:00' });
    const foundedOn = daysAgo(12);
    serve({
      [`GET /api/founding-reports/${reportId}`]: () => jsonResponse(200, report),
      [`PATCH /api/founding-reports/${reportId}`]: () => {
        report = reportFixture({ foundedOn, submittedAt: '2026-05-28T09:00:00+09:00', updatedAt: '2026-05-28T09:00:00+09:00' });
        return jsonResponse(200, report);
      },
    });
    await renderAppAt(`/founding-reports/${reportId}`);

    const status = await screen.findByRole('region', { name: /^報告の状態：\s?差し戻し$/ });
    expect(status.textContent).toContain('開業日が開業届の控えと違います。控えの日付を入力してください。');
    expect(status.textContent).toContain('2026年5月27日(水) 16:00 (日本時間 JST)に差し戻されました。');
    expect((screen.getByLabelText('開業日') as HTMLInputElement).value).toBe('2026-05-18');

    fireEvent.change(screen.getByLabelText('開業日'), { target: { value: foundedOn } });
    await press(screen.getByRole('button', { name: '直して、もう一度送る' }));

    expect(api.to(`PATCH /api/founding-reports/${reportId}`)[0]?.body).toMatchObject({ foundedOn, businessName: 'こめこぱん工房 おか', vacantStoreId: null });
    expect(await screen.findByText('内容を直して、もう一度送りました。市の職員が確認します。')).toBeTruthy();
    expect(await screen.findByRole('region', { name: /^報告の状態：\s?確認待ち$/ })).toBeTruthy();
  });
});
