import type { ConsultationStats, FoundingReport } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meFixture } from '../../../testing/fixtures';
import { fakeApi, jsonResponse, type FakeHandler } from '../../../testing/fake-api';
import { renderAppAt } from '../../../testing/render-app';
import { pageOf, pathwaySummaryFixture, personId, reportFixture, reportId } from '../testing/founding-fixtures';
import { currentFiscalYear } from './founding-filters';

const staff = meFixture({ id: '11111111-2222-4333-8444-555555555555', displayName: '産業振興課 職員', roles: ['staff'], secondFactorEnabled: true });
const fiscalYear = currentFiscalYear();

let api: ReturnType<typeof fakeApi>;
let reports: FoundingReport[];
let stats: ConsultationStats;

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': () => jsonResponse(200, staff),
    'GET /api/founding-reports': () => jsonResponse(200, pageOf(reports)),
    'GET /api/consultations/stats': (request) => jsonResponse(200, { ...stats, fiscalYear: Number(request.query.get('fiscalYear')) }),
    [`POST /api/founding-reports/${reportId}/confirm`]: () => {
      reports = [reportFixture({ status: 'confirmed', confirmedAt: '2026-05-30T10:00:00+09:00', actions: [] })];
      stats = { ...stats, confirmedFoundings: stats.confirmedFoundings + 1 };
      return jsonResponse(200, reports[0]);
    },
    [`POST /api/founding-reports/${reportId}/reject`]: (request) => {
      reports = [reportFixture({ status: 'rejected', rejectionReason: (request.body as { reason: string }).reason, rejectedAt: '2026-05-30T10:00:00+09:00', actions: [] })];
      return jsonResponse(200, reports[0]);
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

beforeEach(() => {
  window.localStorage.clear();
  reports = [reportFixture({ fiscalYear, actions: ['confirm', 'reject'] })];
  stats = { fiscalYear, heldConsultations: 41, confirmedFoundings: 6 };
  serve();
});

afterEach(() => jest.restoreAllMocks());

describe('staff checking founding reports', () => {
  it('sends a report back only with a reason, which the dialog asks for before anything is sent', async () => {
    await renderAppAt('/staff/founding/reports');
    await press(await screen.findByRole('button', { name: '「こめこぱん工房 おか」の開業報告を差し戻す' }));
    const dialog = await screen.findByRole('dialog', { name: '「こめこぱん工房 おか」の開業報告を差し戻しますか' });

    await press(within(dialog).getByRole('button', { name: '差し戻す' }));
    expect(within(dialog).getByText('差し戻しの理由を入力してください。')).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: '差し戻しの理由' }).getAttribute('aria-invalid')).toBe('true');
    expect(api.to(`POST /api/founding-reports/${reportId}/reject`)).toHaveLength(0);

    fireEvent.change(within(dialog).getByRole('textbox', { name: '差し戻しの理由' }), { target: { value: '開業届の控えの日付と違います。' } });
    await press(within(dialog).getByRole('button', { name: '差し戻す' }));

    expect(api.to(`POST /api/founding-reports/${reportId}/reject`)[0]?.body).toEqual({ reason: '開業届の控えの日付と違います。' });
    expect(await screen.findByText('「こめこぱん工房 おか」の開業報告を差し戻しました。本人にメールでお知らせします。')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(screen.getByText('差し戻しの理由：開業届の控えの日付と違います。')).toBeTruthy());
  });

  it('confirms a report after asking, and the year’s count of foundings rises by one', async () => {
    await renderAppAt('/staff/founding/reports');
    const counts = await screen.findByRole('region', { name: '年度ごとの件数' });
    await waitFor(() => expect(counts.textContent).toContain('市の支援を受けて起業した件数6件'));
    expect(counts.textContent).toContain('起業家育成相談件数41件');

    await press(screen.getByRole('button', { name: '「こめこぱん工房 おか」の開業報告を確認済みにする' }));
    const dialog = await screen.findByRole('alertdialog', { name: '「こめこぱん工房 おか」の開業報告を確認済みにしますか' });
    expect(dialog.textContent).toContain(`岡 開さんの報告です（開業日：2026年5月18日）。確認済みにすると、${fiscalYear}年度`);
    await press(within(dialog).getByRole('button', { name: '確認済みにする' }));

    expect(api.to(`POST /api/founding-reports/${reportId}/confirm`)).toHaveLength(1);
    const done = await screen.findByText(/^「こめこぱん工房 おか」の開業報告を確認済みにしました。/);
    await waitFor(() => expect(document.activeElement).toBe(done));
    await waitFor(() => expect(counts.textContent).toContain('市の支援を受けて起業した件数7件'));
    expect(screen.queryByRole('button', { name: '「こめこぱん工房 おか」の開業報告を確認済みにする' })).toBeNull();
  });

  it('asks the API for the fiscal year chosen', async () => {
    const { router } = await renderAppAt('/staff/founding/reports');
    const year = await screen.findByRole('combobox', { name: '年度' });
    fireEvent.change(year, { target: { value: String(fiscalYear - 1) } });
    await press(screen.getByRole('button', { name: '表示する' }));

    await waitFor(() => expect(router.state.location.search).toBe(`?fiscalYear=${fiscalYear - 1}`));
    await waitFor(() => expect(api.to('GET /api/consultations/stats').at(-1)?.query.get('fiscalYear')).toBe(String(fiscalYear - 1)));
  });
});

describe('staff reading everyone’s progress', () => {
  it('shows each condition in words with ✓ / ✗, links the person, and downloads one person’s sessions', async () => {
    const csv = '\uFEFFNo.,氏名,区分,日時（日本時間）\r\n1,膝折 創,個別相談,2026/05/11 10:00\r\n';
    serve({
      'GET /api/founding-pathway': () => jsonResponse(200, pageOf([pathwaySummaryFixture()])),
      [`GET /api/founding-pathway/${personId}/sessions.csv`]: () =>
        new Response(csv, { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="founding-pathway-0b0f9c5e.csv"' } }),
    });
    const saved: string[] = [];
    Object.assign(URL, { createObjectURL: () => 'blob:test/1', revokeObjectURL: () => undefined });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await renderAppAt('/staff/founding/pathway?qualified=false');

    const row = await screen.findByRole('row', { name: /膝折 創/ });
    expect(api.to('GET /api/founding-pathway')[0]?.query.get('qualified')).toBe('false');
    expect(within(row).getByRole('link', { name: '膝折 創' }).getAttribute('href')).toBe(`/staff/founding/pathway/${personId}`);
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(0, 4)).toEqual([
      '✗3回／4回',
      '2026年5月11日〜2026年5月29日✗1か月未満',
      '✓経営：受講済み✓財務：受講済み✓人材育成：受講済み✗販路開拓：未受講',
      '✗未達',
    ]);

    await press(within(row).getByRole('button', { name: '膝折 創さんの受講記録をCSVでダウンロード' }));
    await waitFor(() => expect(saved).toEqual(['founding-pathway-0b0f9c5e.csv']));
    expect(await within(row).findByText('founding-pathway-0b0f9c5e.csv のダウンロードを開始しました。')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'まだ満たしていない方の受講記録をCSVでダウンロード' })).toBeTruthy();
  });
});
