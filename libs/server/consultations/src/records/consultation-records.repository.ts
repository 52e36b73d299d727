import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ConsultationBookingStatus, ConsultationPlace, ConsultationTopic, FoundingArea, FoundingStage } from '@asaka/domain';

export interface RecordValues {
  areasCovered: FoundingArea[];
  notes: string;
  nextSteps: string;
}

export interface StoredRecord extends RecordValues {
  bookingId: string;
  writtenBy: 'adviser' | 'staff';
  createdAt: Date;
  updatedAt: Date;
}

/** One line of the adviser's dashboard: the session, its intake and what the record says of it. */
export interface AdviserSessionRow {
  id: string;
  adviserId: string;
  adviserName: string;
  organizationName: string;
  bookerName: string;
  topic: ConsultationTopic;
  place: ConsultationPlace;
  startsAt: Date;
  endsAt: Date;
  status: ConsultationBookingStatus;
  stage: FoundingStage;
  businessIdea: string;
  questions: string;
  areasCovered: FoundingArea[] | null;
}

/** A held consultation whose record names areas: one session of the founding pathway. */
export interface RecordedSession {
  userId: string;
  bookingId: string;
  startsAt: Date;
  adviserName: string;
  organizationName: string;
  areas: FoundingArea[];
}

interface RecordRow {
  booking_id: string;
  areas_covered: FoundingArea[];
  notes: string;
  next_steps: string;
  written_by: 'adviser' | 'staff';
  created_at: Date;
  updated_at: Date;
}

const toRecord = (row: RecordRow): StoredRecord => ({
  bookingId: row.booking_id,
  areasCovered: row.areas_covered,
  notes: row.notes,
  nextSteps: row.next_steps,
  writtenBy: row.written_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * The only code that reads or writes consultation_record; it also reads the held sessions the
 * records belong to (the dashboard, the pathway and the count of 起業家育成相談件数), joined with
 * consultation_booking in one query each.
 */
@Injectable()
export class ConsultationRecordsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(manager: EntityManager | null, bookingId: string): Promise<StoredRecord | null> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT booking_id, areas_covered, notes, next_steps, written_by, created_at, updated_at FROM consultation_record WHERE booking_id = $1`,
      [bookingId],
    )) as RecordRow[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Writes the record whole: the first time creates it, afterwards replaces it. */
  async put(manager: EntityManager, bookingId: string, values: RecordValues, writtenBy: 'adviser' | 'staff'): Promise<void> {
    await manager.query(
      `INSERT INTO consultation_record (booking_id, areas_covered, notes, next_steps, written_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (booking_id) DO UPDATE SET areas_covered = EXCLUDED.areas_covered, notes = EXCLUDED.notes, next_steps = EXCLUDED.next_steps,
         written_by = EXCLUDED.written_by, updated_at = now()`,
      [bookingId, values.areasCovered, values.notes, values.nextSteps, writtenBy],
    );
  }

  /** An adviser's sessions (cancelled ones left out) starting in [from, to), earliest first. */
  async adviserSessions(adviserId: string, from: Date, to: Date): Promise<AdviserSessionRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT b.id, b.adviser_id, au.display_name AS adviser_name, a.organization_name, bu.display_name AS booker_name, b.topic, b.place, b.starts_at, b.ends_at,
              b.status, b.stage, b.business_idea, b.questions, r.areas_covered
       FROM consultation_booking b
       JOIN adviser a ON a.id = b.adviser_id JOIN user_account au ON au.id = a.user_id JOIN user_account bu ON bu.id = b.booker_user_id
       LEFT JOIN consultation_record r ON r.booking_id = b.id
       WHERE b.adviser_id = $1 AND b.status <> 'cancelled' AND b.starts_at >= $2 AND b.starts_at < $3
       ORDER BY b.starts_at, b.id`,
      [adviserId, from, to],
    )) as {
      id: string;
      adviser_id: string;
      adviser_name: string;
      organization_name: string;
      booker_name: string;
      topic: ConsultationTopic;
      place: ConsultationPlace;
      starts_at: Date;
      ends_at: Date;
      status: ConsultationBookingStatus;
      stage: FoundingStage;
      business_idea: string;
      questions: string;
      areas_covered: FoundingArea[] | null;
    }[];
    return rows.map((row) => ({
      id: row.id,
      adviserId: row.adviser_id,
      adviserName: row.adviser_name,
      organizationName: row.organization_name,
      bookerName: row.booker_name,
      topic: row.topic,
      place: row.place,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      status: row.status,
      stage: row.stage,
      businessIdea: row.business_idea,
      questions: row.questions,
      areasCovered: row.areas_covered,
    }));
  }

  /**
   * Held consultations whose record names at least one area, of these people or (without a list)
   * of everyone, earliest first. A held session without a record, or whose record names no area,
   * is not (yet) a session of the pathway.
   */
  async recordedSessions(userIds?: readonly string[]): Promise<RecordedSession[]> {
    const rows = (await this.dataSource.query(
      `SELECT b.booker_user_id, b.id, b.starts_at, au.display_name AS adviser_name, a.organization_name, r.areas_covered
       FROM consultation_booking b JOIN consultation_record r ON r.booking_id = b.id
       JOIN adviser a ON a.id = b.adviser_id JOIN user_account au ON au.id = a.user_id
       WHERE b.status = 'held' AND cardinality(r.areas_covered) > 0 AND ($1::uuid[] IS NULL OR b.booker_user_id = ANY ($1::uuid[]))
       ORDER BY b.starts_at, b.id`,
      [userIds ? [...new Set(userIds)] : null],
    )) as { booker_user_id: string; id: string; starts_at: Date; adviser_name: string; organization_name: string; areas_covered: FoundingArea[] }[];
    return rows.map((row) => ({
      userId: row.booker_user_id,
      bookingId: row.id,
      startsAt: row.starts_at,
      adviserName: row.adviser_name,
      organizationName: row.organization_name,
      areas: row.areas_covered,
    }));
  }

  /** 起業家育成相談件数: held sessions that started in [start, end). */
  async heldCount(start: Date, end: Date): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM consultation_booking WHERE status = 'held' AND starts_at >= $1 AND starts_at < $2`, [
      start,
      end,
    ])) as { n: number }[];
    return row?.n ?? 0;
  }

  /** Display names of these accounts (the people of the pathway list), by id. */
  async displayNames(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(`SELECT id, display_name FROM user_account WHERE id = ANY ($1::uuid[])`, [[...new Set(userIds)]])) as {
      id: string;
      display_name: string;
    }[];
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }
}
