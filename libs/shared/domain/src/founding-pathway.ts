import { toJapanDateParts } from './japan-time';

/**
 * 特定創業支援等事業: a person qualifies for the city's certificate after at least 4 sessions (held
 * consultations and attended seminars) over at least one month, that together cover the four
 * areas 経営・財務・人材育成・販路開拓.
 */
export const FOUNDING_AREAS = ['management', 'finance', 'human-resources', 'sales-channels'] as const;
export type FoundingArea = (typeof FOUNDING_AREAS)[number];
export const FOUNDING_AREA_LABELS_JA: Record<FoundingArea, string> = {
  management: '経営',
  finance: '財務',
  'human-resources': '人材育成',
  'sales-channels': '販路開拓',
};

export const PATHWAY_MIN_SESSIONS = 4;

export interface PathwaySession {
  at: Date;
  areas: readonly FoundingArea[];
}

export interface PathwayProgress {
  sessions: number;
  sessionsNeeded: number;
  areasCovered: FoundingArea[];
  areasMissing: FoundingArea[];
  /** The first session's date plus one month (Japan calendar), once there is a first session. */
  earliestCompletion: Date | null;
  spansAMonth: boolean;
  qualifies: boolean;
}

/** The same day one month later in Japan time; the 31st becomes the month's last day (1/31 → 2/28). */
export function oneMonthLater(instant: Date): Date {
  const p = toJapanDateParts(instant);
  const lastDayOfNextMonth = new Date(Date.UTC(p.year, p.month + 1, 0)).getUTCDate();
  const day = Math.min(p.day, lastDayOfNextMonth);
  return new Date(Date.UTC(p.year, p.month, day, p.hour, p.minute, p.second) - 9 * 3_600_000);
}

export function pathwayProgress(sessions: readonly PathwaySession[]): PathwayProgress {
  const ordered = [...sessions].sort((a, b) => a.at.getTime() - b.at.getTime());
  const covered = FOUNDING_AREAS.filter((area) => ordered.some((s) => s.areas.includes(area)));
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  const earliestCompletion = first ? oneMonthLater(first.at) : null;
  const spansAMonth = !!first && !!last && !!earliestCompletion && last.at.getTime() >= earliestCompletion.getTime();
  return {
    sessions: ordered.length,
    sessionsNeeded: Math.max(0, PATHWAY_MIN_SESSIONS - ordered.length),
    areasCovered: covered,
    areasMissing: FOUNDING_AREAS.filter((area) => !covered.includes(area)),
    earliestCompletion,
    spansAMonth,
    qualifies: ordered.length >= PATHWAY_MIN_SESSIONS && covered.length === FOUNDING_AREAS.length && spansAMonth,
  };
}

/**
 * When the person first met the rule: the session that completed it (Japan time of its start), or
 * null while they have not. Adding sessions never undoes a qualification, so this is the first
 * prefix of the sessions in time order that qualifies.
 */
export function pathwayQualifiedAt(sessions: readonly PathwaySession[]): Date | null {
  const ordered = [...sessions].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (let count = PATHWAY_MIN_SESSIONS; count <= ordered.length; count += 1) {
    if (pathwayProgress(ordered.slice(0, count)).qualifies) return ordered[count - 1]?.at ?? null;
  }
  return null;
}
