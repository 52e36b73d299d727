import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { fiscalYearRange } from '@asaka/domain';
import type { EventKind } from '@asaka/domain';

/**
 * Events by fiscal year (April to March, Japan time, by the day they were held) for the KPI
 * dashboard: 就職相談会開催回数 counts job fairs held (plan 5-3); seminars held and their attendance
 * show plan 5-2's activity. Held = marked finished, or published and over; never cancelled ones.
 */
@Injectable()
export class EventKpi {
  constructor(private readonly dataSource: DataSource) {}

  async heldCount(kind: EventKind, fiscalYear: number): Promise<number> {
    const { start, end } = fiscalYearRange(fiscalYear);
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM city_event
       WHERE kind = $1 AND starts_at >= $2 AND starts_at < $3 AND (status = 'finished' OR (status = 'published' AND ends_at <= now()))`,
      [kind, start, end],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  /** People checked in at events of this kind held in the fiscal year (one person at two events counts twice). */
  async attendanceCount(kind: EventKind, fiscalYear: number): Promise<number> {
    const { start, end } = fiscalYearRange(fiscalYear);
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM event_registration r JOIN city_event e ON e.id = r.event_id
       WHERE e.kind = $1 AND e.starts_at >= $2 AND e.starts_at < $3 AND e.status IN ('published', 'finished') AND r.attended_at IS NOT NULL`,
      [kind, start, end],
    )) as { n: number }[];
    return row?.n ?? 0;
  }
}
