import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FoundingArea } from '@asaka/domain';

/** A seminar a person was checked in at: what the founding pathway counts as one session. */
export interface AttendedSeminar {
  registrationId: string;
  eventId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** Which of 経営・財務・人材育成・販路開拓 it covered. */
  areas: FoundingArea[];
  attendedAt: Date;
}

interface AttendedRow {
  user_id: string;
  registration_id: string;
  event_id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  areas: FoundingArea[];
  attended_at: Date;
}

const ATTENDED_SEMINARS = `SELECT r.user_id, r.id AS registration_id, e.id AS event_id, e.title, e.starts_at, e.ends_at, e.areas, r.attended_at
  FROM event_registration r JOIN city_event e ON e.id = r.event_id
  WHERE r.attended_at IS NOT NULL AND r.status = 'registered' AND e.kind = 'seminar' AND e.status IN ('published', 'finished')`;

const toSeminar = (row: AttendedRow): AttendedSeminar => ({
  registrationId: row.registration_id,
  eventId: row.event_id,
  title: row.title,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  areas: row.areas,
  attendedAt: row.attended_at,
});

function byPerson(rows: readonly AttendedRow[]): Map<string, AttendedSeminar[]> {
  const seminars = new Map<string, AttendedSeminar[]>();
  for (const row of rows) {
    const list = seminars.get(row.user_id);
    if (list) list.push(toSeminar(row));
    else seminars.set(row.user_id, [toSeminar(row)]);
  }
  return seminars;
}

/**
 * Attendance as other contexts read it: the seminars a person attended, with their dates and
 * areas, for 特定創業支援等事業 (the founding pathway in libs/server/consultations). Only a
 * check-in counts; a registration alone does not.
 */
@Injectable()
export class EventAttendance {
  constructor(private readonly dataSource: DataSource) {}

  /** The person's attended seminars, earliest first. */
  async attendedSeminarsOf(userId: string): Promise<AttendedSeminar[]> {
    const rows = (await this.dataSource.query(`${ATTENDED_SEMINARS} AND r.user_id = $1 ORDER BY e.starts_at, e.id`, [userId])) as AttendedRow[];
    return rows.map(toSeminar);
  }

  /** Everyone's attended seminars, by person (staff's list of everyone's founding pathway). */
  async attendedSeminarsOfEveryone(): Promise<Map<string, AttendedSeminar[]>> {
    const rows = (await this.dataSource.query(`${ATTENDED_SEMINARS} ORDER BY e.starts_at, e.id`)) as AttendedRow[];
    return byPerson(rows);
  }

  /** The same for many people at once; people without any are absent. */
  async attendedSeminarsOfMany(userIds: readonly string[]): Promise<Map<string, AttendedSeminar[]>> {
    if (userIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(`${ATTENDED_SEMINARS} AND r.user_id = ANY($1::uuid[]) ORDER BY e.starts_at, e.id`, [[...new Set(userIds)]])) as AttendedRow[];
    return byPerson(rows);
  }
}
