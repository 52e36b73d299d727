import { toJapanIso } from './japan-time';
import { oneMonthLater, pathwayProgress, pathwayQualifiedAt, PathwaySession } from './founding-pathway';

const at = (iso: string) => new Date(iso);

describe('特定創業支援等事業 pathway', () => {
  const fourSessions: PathwaySession[] = [
    { at: at('2026-04-10T10:00:00+09:00'), areas: ['management'] },
    { at: at('2026-04-20T10:00:00+09:00'), areas: ['finance'] },
    { at: at('2026-04-30T10:00:00+09:00'), areas: ['human-resources'] },
    { at: at('2026-05-10T10:00:00+09:00'), areas: ['sales-channels'] },
  ];

  it('qualifies with 4 sessions over a month covering the four areas', () => {
    const progress = pathwayProgress(fourSessions);
    expect(progress).toMatchObject({ sessions: 4, sessionsNeeded: 0, areasMissing: [], spansAMonth: true, qualifies: true });
    expect(toJapanIso(progress.earliestCompletion as Date)).toBe('2026-05-10T10:00:00+09:00');
  });

  it('does not qualify a day short of a month', () => {
    const rushed = fourSessions.map((s, i) => (i === 3 ? { ...s, at: at('2026-05-09T23:59:00+09:00') } : s));
    expect(pathwayProgress(rushed)).toMatchObject({ spansAMonth: false, qualifies: false });
  });

  it('names the missing areas and sessions', () => {
    const progress = pathwayProgress(fourSessions.slice(0, 2));
    expect(progress).toMatchObject({ sessionsNeeded: 2, areasMissing: ['human-resources', 'sales-channels'], qualifies: false });
  });

  it('counts one session covering several areas once, but all its areas', () => {
    const progress = pathwayProgress([
      { at: at('2026-04-01T10:00:00+09:00'), areas: ['management', 'finance', 'human-resources', 'sales-channels'] },
      { at: at('2026-05-01T10:00:00+09:00'), areas: ['finance'] },
    ]);
    expect(progress).toMatchObject({ sessions: 2, areasMissing: [], qualifies: false });
  });

  it('starts with nothing', () => {
    expect(pathwayProgress([])).toMatchObject({ sessions: 0, sessionsNeeded: 4, earliestCompletion: null, qualifies: false });
  });
});

describe('oneMonthLater (Japan calendar)', () => {
  it.each([
    ['2026-01-31T09:00:00+09:00', '2026-02-28T09:00:00+09:00'],
    ['2028-01-31T09:00:00+09:00', '2028-02-29T09:00:00+09:00'],
    ['2026-12-15T23:30:00+09:00', '2027-01-15T23:30:00+09:00'],
    // 00:30 on 1 April in Japan is still 31 March in UTC.
    ['2026-04-01T00:30:00+09:00', '2026-05-01T00:30:00+09:00'],
  ])('%s → %s', (from, to) => {
    expect(toJapanIso(oneMonthLater(new Date(from)))).toBe(to);
  });
});

describe('pathwayQualifiedAt', () => {
  const session = (iso: string, areas: PathwaySession['areas']): PathwaySession => ({ at: at(iso), areas });

  it('is the session that completed the rule, even when more followed', () => {
    const sessions = [
      session('2026-05-10T10:00:00+09:00', ['sales-channels']),
      session('2026-04-10T10:00:00+09:00', ['management']),
      session('2026-04-20T10:00:00+09:00', ['finance']),
      session('2026-04-30T10:00:00+09:00', ['human-resources']),
      session('2026-06-01T10:00:00+09:00', ['finance']),
    ];
    expect(toJapanIso(pathwayQualifiedAt(sessions) as Date)).toBe('2026-05-10T10:00:00+09:00');
  });

  it('waits for a month to pass when four sessions covering every area came within three weeks', () => {
    const rushed = [
      session('2026-04-01T10:00:00+09:00', ['management', 'finance']),
      session('2026-04-08T10:00:00+09:00', ['human-resources']),
      session('2026-04-15T10:00:00+09:00', ['sales-channels']),
      session('2026-04-22T10:00:00+09:00', ['finance']),
    ];
    expect(pathwayQualifiedAt(rushed)).toBeNull();
    expect(toJapanIso(pathwayQualifiedAt([...rushed, session('2026-05-01T10:00:00+09:00', ['finance'])]) as Date)).toBe('2026-05-01T10:00:00+09:00');
  });

  it('is none before four sessions', () => {
    expect(pathwayQualifiedAt([session('2026-04-01T10:00:00+09:00', ['management', 'finance', 'human-resources', 'sales-channels'])])).toBeNull();
  });
});
