import type { MeResponse } from '@asaka/contracts';
import { screen, within } from '@testing-library/react';
import { meFixture } from '../../../testing/fixtures';
import { fakeApi, jsonResponse, signedOut } from '../../../testing/fake-api';
import { renderAppAt } from '../../../testing/render-app';
import { pathwayFixture, personId } from '../testing/founding-fixtures';

let me: MeResponse | null;
let pathway = pathwayFixture();

beforeEach(() => {
  window.localStorage.clear();
  me = meFixture({ id: personId, displayName: '膝折 創', roles: ['entrepreneur'] });
  pathway = pathwayFixture();
  const api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    'GET /api/me/founding-pathway': () => jsonResponse(200, pathway),
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
});

afterEach(() => jest.restoreAllMocks());

const section = (name: string) => screen.getByRole('region', { name });

describe('my progress toward the certificate', () => {
  it('says in words which conditions are missing — one more session, a month, and 販路開拓 — not by colour alone', async () => {
    await renderAppAt('/founding/pathway');
    await screen.findByText('まだ要件を満たしていません。');

    const progress = section('進み具合');
    const checks = within(progress).getAllByRole('listitem').filter((item) => item.classList.contains('pathway-check'));
    expect(checks.map((check) => check.querySelector('.pathway-check__text > .pathway-check__line')?.textContent)).toEqual([
      '受講回数：3回（必要な回数は4回以上）',
      '期間：2026年5月11日〜2026年5月29日（1か月以上にわたる必要があります）',
      '分野：3／4分野（4分野すべてが必要です）',
    ]);
    expect(checks.map((check) => check.querySelector('.pathway-check__state')?.textContent)).toEqual([
      'あと1回',
      '2026年6月11日以降の受講で満たします',
      '足りない分野：販路開拓',
    ]);
    const areas = within(progress).getAllByRole('listitem').filter((item) => item.classList.contains('pathway-area'));
    expect(areas.map((area) => area.textContent)).toEqual(['✓経営：受講済み', '✓財務：受講済み', '✓人材育成：受講済み', '✗販路開拓：未受講']);
    // The marks are for the eye: the words carry the meaning for a screen reader.
    for (const mark of progress.querySelectorAll('.pathway-mark')) expect(mark.getAttribute('aria-hidden')).toBe('true');
  });

  it('explains the rule and what to do next, with the ways to book the missing session', async () => {
    await renderAppAt('/founding/pathway');
    await screen.findByText('まだ要件を満たしていません。');

    expect(within(section('証明書の要件')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '4回以上受講すること',
      '初めての受講から最後の受講まで、1か月以上にわたること',
      '経営・財務・人材育成・販路開拓の4つの分野をすべて学ぶこと（1回で複数の分野を扱うこともあります）',
    ]);
    const next = section('次にすること');
    expect(within(next).getByText('あと1回、受講してください。')).toBeTruthy();
    expect(within(next).getByText('販路開拓を扱う起業相談を予約するか、販路開拓を扱うセミナーに参加してください。')).toBeTruthy();
    expect(within(next).getByText('2026年6月11日以降にも受講してください（初めての受講から1か月以上にわたる必要があります）。')).toBeTruthy();
    expect(within(next).getByRole('link', { name: '起業相談を予約する' }).getAttribute('href')).toBe('/consultations');
    expect(within(next).getByRole('link', { name: 'セミナーの日程を見る' }).getAttribute('href')).toBe('/events?kind=seminar');
  });

  it('lists the sessions in Japan time with their kind and areas', async () => {
    await renderAppAt('/founding/pathway');
    const sessions = await screen.findByRole('list', { name: '受講の記録（3回、古い順）' });
    const items = within(sessions).getAllByRole('listitem');
    expect(within(items[0] as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe('1回目 2026年5月11日(月) 10:00 (日本時間 JST)');
    expect(items[0]?.textContent).toContain('経営・財務');
    expect(items[2]?.textContent).toContain('セミナー');
    expect(items[2]?.textContent).toContain('人材育成');
  });

  it('once qualified, says since when and how to apply at 産業振興課', async () => {
    pathway = pathwayFixture({
      sessionCount: 4,
      sessionsNeeded: 0,
      areasCovered: ['management', 'finance', 'human-resources', 'sales-channels'],
      areasMissing: [],
      spansAMonth: true,
      qualifies: true,
      qualifiedAt: '2026-06-15T10:00:00+09:00',
    });
    await renderAppAt('/founding/pathway');

    expect(await screen.findByText('要件を満たしています（2026年6月15日の受講で満たしました）。')).toBeTruthy();
    const apply = section('証明書の申請');
    expect(apply.textContent).toContain('朝霞市役所 産業振興課の窓口に申請すると交付されます');
    expect(within(apply).getByRole('button', { name: '受講記録をCSVでダウンロード' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: '次にすること' })).toBeNull();
  });

  it('asks a visitor to sign in first', async () => {
    me = null;
    await renderAppAt('/founding/pathway');
    expect(await within(screen.getByRole('main')).findByRole('link', { name: 'ログイン' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: '進み具合' })).toBeNull();
  });
});
