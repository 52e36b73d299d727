import type { FoundingPathway, FoundingPathwaySummary, FoundingReport, PathwaySessionView } from '@asaka/contracts';

/** The pathway and founding reports as the API answers them, for the pages' tests; override what a test is about. */

export const personId = '0b0f9c5e-58a4-4d55-9c84-0d7a4c1e8b11';
export const reportId = '9c8b7a60-5e4d-4c3b-8a29-1f0e2d3c4b5a';

export function sessionFixture(overrides: Partial<PathwaySessionView> = {}): PathwaySessionView {
  return {
    kind: 'consultation',
    id: '4f3e2d1c-0b9a-4877-8665-544332211000',
    startsAt: '2026-05-11T10:00:00+09:00',
    title: '朝霞市商工会 経営指導員 本町 一郎',
    areas: ['management', 'finance'],
    ...overrides,
  };
}

/** 膝折 創 of the demo: three sessions over three weeks covering 経営・財務・人材育成. */
export function pathwayFixture(overrides: Partial<FoundingPathway> = {}): FoundingPathway {
  return {
    userId: personId,
    displayName: '膝折 創',
    sessions: [
      sessionFixture(),
      sessionFixture({ id: '4f3e2d1c-0b9a-4877-8665-544332211001', startsAt: '2026-05-20T14:00:00+09:00', title: '朝霞市 産業振興課 創業支援担当', areas: ['finance'] }),
      sessionFixture({ id: '4f3e2d1c-0b9a-4877-8665-544332211002', startsAt: '2026-05-29T10:00:00+09:00', kind: 'seminar', title: '創業塾 第3回「人材の採用と育成」', areas: ['human-resources'] }),
    ],
    sessionCount: 3,
    sessionsNeeded: 1,
    areasCovered: ['management', 'finance', 'human-resources'],
    areasMissing: ['sales-channels'],
    spansAMonth: false,
    earliestCompletion: '2026-06-11T10:00:00+09:00',
    qualifies: false,
    qualifiedAt: null,
    ...overrides,
  };
}

export function pathwaySummaryFixture(overrides: Partial<FoundingPathwaySummary> = {}): FoundingPathwaySummary {
  const { sessions: _sessions, ...progress } = pathwayFixture();
  return { ...progress, firstSessionAt: '2026-05-11T10:00:00+09:00', lastSessionAt: '2026-05-29T10:00:00+09:00', ...overrides };
}

export function reportFixture(overrides: Partial<FoundingReport> = {}): FoundingReport {
  return {
    id: reportId,
    userId: personId,
    personName: '岡 開',
    foundedOn: '2026-05-18',
    fiscalYear: 2026,
    businessName: 'こめこぱん工房 おか',
    businessType: 'sole-proprietorship',
    industry: 'パン製造小売業',
    inAsaka: true,
    address: '朝霞市岡二丁目',
    vacantStore: null,
    status: 'submitted',
    rejectionReason: null,
    submittedAt: '2026-05-25T09:30:00+09:00',
    confirmedAt: null,
    rejectedAt: null,
    createdAt: '2026-05-25T09:30:00+09:00',
    updatedAt: '2026-05-25T09:30:00+09:00',
    actions: ['edit'],
    ...overrides,
  };
}

export function pageOf<T>(items: T[], total = items.length, page = 1, pageSize = 20) {
  return { items, total, page, pageSize };
}
