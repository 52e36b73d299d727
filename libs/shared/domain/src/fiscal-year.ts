import { toJapanDateParts } from './japan-time';

/** Japanese fiscal years run April to March: 令和6年度 = 2024-04-01 … 2025-03-31 (Japan time). */
export function fiscalYearOf(instant: Date): number {
  const { year, month } = toJapanDateParts(instant);
  return month >= 4 ? year : year - 1;
}

/** The instants bounding a fiscal year, as [start, end) in UTC. */
export function fiscalYearRange(fiscalYear: number): { start: Date; end: Date } {
  return {
    start: new Date(Date.UTC(fiscalYear, 3, 1) - JAPAN_OFFSET_MS),
    end: new Date(Date.UTC(fiscalYear + 1, 3, 1) - JAPAN_OFFSET_MS),
  };
}

const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;
