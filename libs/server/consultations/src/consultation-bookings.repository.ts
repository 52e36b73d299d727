import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ConsultationActor, ConsultationBookingStatus, ConsultationPlace, ConsultationTopic, FoundingStage, Interval, Locale } from '@asaka/domain';
import type { ConsultationBookingListQuery } from '@asaka/contracts';
import type { OutboxWrite } from '@asaka/notifications';

/** The statuses that hold an adviser's time: the same list as the exclusion constraints' WHERE. */
const OCCUPYING = `('booked', 'held', 'no-show')`;

export interface NewBooking {
  adviserId: string;
  bookerUserId: string;
  topic: ConsultationTopic;
  place: ConsultationPlace;
  stage: FoundingStage;
  businessIdea: string;
  questions: string;
  startsAt: Date;
  endsAt: Date;
  enteredBy: 'booker' | 'staff';
}

export interface Party {
  userId: string;
  displayName: string;
  email: string;
  locale: Locale;
  /** False once the account is disabled or deleted: it is mailed no more. */
  active: boolean;
}

/** The adviser as one side of a booking: whom its mails go to, and what they say of them. */
export type AdviserParty = Party & { organizationName: string; meetingUrl: string | null };

export interface BookingRecord extends NewBooking {
  id: string;
  status: ConsultationBookingStatus;
  sequence: number;
  cancelledAt: Date | null;
  cancelledBy: ConsultationActor | null;
  cancellationReason: string | null;
  reminderKey: string | null;
  createdAt: Date;
  updatedAt: Date;
  adviser: AdviserParty;
  booker: Party;
}

interface BookingRow {
  id: string;
  adviser_id: string;
  booker_user_id: string;
  topic: ConsultationTopic;
  place: ConsultationPlace;
  stage: FoundingStage;
  business_idea: string;
  questions: string;
  starts_at: Date;
  ends_at: Date;
  entered_by: 'booker' | 'staff';
  status: ConsultationBookingStatus;
  sequence: number;
  cancelled_at: Date | null;
  cancelled_by: ConsultationActor | null;
  cancellation_reason: string | null;
  reminder_key: string | null;
  created_at: Date;
  updated_at: Date;
  adviser_user_id: string;
  adviser_name: string;
  adviser_email: string;
  adviser_locale: Locale;
  adviser_active: boolean;
  organization_name: string;
  meeting_url: string | null;
  booker_name: string;
  booker_email: string;
  booker_locale: Locale;
  booker_active: boolean;
}

const COLUMNS = `b.id, b.adviser_id, b.booker_user_id, b.topic, b.place, b.stage, b.business_idea, b.questions, b.starts_at, b.ends_at,
  b.entered_by, b.status, b.sequence, b.cancelled_at, b.cancelled_by, b.cancellation_reason, b.reminder_key, b.created_at, b.updated_at,
  a.user_id AS adviser_user_id, au.display_name AS adviser_name, au.email AS adviser_email, au.locale AS adviser_locale,
  au.status = 'active' AS adviser_active, a.organization_name, a.meeting_url, bu.display_name AS booker_name, bu.email AS booker_email,
  bu.locale AS booker_locale, bu.status = 'active' AS booker_active`;
const PARTIES = `JOIN adviser a ON a.id = b.adviser_id JOIN user_account au ON au.id = a.user_id JOIN user_account bu ON bu.id = b.booker_user_id`;
const FROM = `consultation_booking b ${PARTIES}`;

function toRecord(row: BookingRow): BookingRecord {
  return {
    id: row.id,
    adviserId: row.adviser_id,
    bookerUserId: row.booker_user_id,
    topic: row.topic,
    place: row.place,
    stage: row.stage,
    businessIdea: row.business_idea,
    questions: row.questions,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    enteredBy: row.entered_by,
    status: row.status,
    sequence: row.sequence,
    cancelledAt: row.cancelled_at,
    cancelledBy: row.cancelled_by,
    cancellationReason: row.cancellation_reason,
    reminderKey: row.reminder_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    adviser: {
      userId: row.adviser_user_id,
      displayName: row.adviser_name,
      email: row.adviser_email,
      locale: row.adviser_locale,
      active: row.adviser_active,
      organizationName: row.organization_name,
      meetingUrl: row.meeting_url,
    },
    booker: { userId: row.booker_user_id, displayName: row.booker_name, email: row.booker_email, locale: row.booker_locale, active: row.booker_active },
  };
}

/** The advisory-lock keys of a booking or a move, in the order every path takes them (see `lockForBooking`). */
export function bookingLockKeys(adviserId: string, hours: readonly string[], bookerUserId: string): string[] {
  return [...hours.map((hour) => `consultation-adviser:${adviserId}:${hour}`), `consultation-booker:${bookerUserId}`];
}

/** The only code that reads or writes consultation_booking. */
@Injectable()
export class ConsultationBookingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts a booking (the demo seed; the API books with `book`); the exclusion constraints decide whether its time is still free. */
  async insert(manager: EntityManager, booking: NewBooking): Promise<string> {
    const [row] = (await manager.query(
      `INSERT INTO consultation_booking (adviser_id, booker_user_id, topic, place, stage, business_idea, questions, starts_at, ends_at, entered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [booking.adviserId, booking.bookerUserId, booking.topic, booking.place, booking.stage, booking.businessIdea, booking.questions, booking.startsAt, booking.endsAt, booking.enteredBy],
    )) as { id: string }[];
    if (!row) throw new Error('consultation_booking insert returned no id');
    return row.id;
  }

  /**
   * A new booking's turn in one statement (`consultation_book`, migration 1764210000000): the locks
   * (`lockKeys`), then whether the adviser's time within the buffer is still free and the person
   * under `openLimit` (null: no limit), then the row — with its mails (`outbox`), written by the same
   * statement only if the row was. In the caller's transaction when given, else a transaction of its
   * own. The exclusion constraints still decide overlaps atomically (23P01).
   */
  async book(
    manager: EntityManager | null,
    booking: NewBooking & { id: string; reminderKey: string | null },
    turn: { lockKeys: readonly string[]; bufferMinutes: number; openLimit: number | null },
    outbox: OutboxWrite,
  ): Promise<{ outcome: 'booked'; storedAt: Date } | { outcome: 'taken' | 'limit' }> {
    const row = {
      id: booking.id,
      adviser_id: booking.adviserId,
      booker_user_id: booking.bookerUserId,
      topic: booking.topic,
      place: booking.place,
      stage: booking.stage,
      business_idea: booking.businessIdea,
      questions: booking.questions,
      starts_at: booking.startsAt.toISOString(),
      ends_at: booking.endsAt.toISOString(),
      entered_by: booking.enteredBy,
      reminder_key: booking.reminderKey,
    };
    const [result] = (await (manager ?? this.dataSource.manager).query(
      `WITH turn AS MATERIALIZED (SELECT * FROM consultation_book($1::jsonb, $2::text[], $3, $4)),
       outbox AS (${outbox.sql(5, `EXISTS (SELECT 1 FROM turn WHERE turn.outcome = 'booked')`)})
       SELECT outcome, stored_at FROM turn`,
      [JSON.stringify(row), turn.lockKeys, turn.bufferMinutes, turn.openLimit, ...outbox.params],
    )) as { outcome: 'booked' | 'taken' | 'limit'; stored_at: Date | null }[];
    if (!result) throw new Error('consultation_book returned no row');
    return result.outcome === 'booked' && result.stored_at ? { outcome: 'booked', storedAt: result.stored_at } : { outcome: result.outcome === 'limit' ? 'limit' : 'taken' };
  }

  async find(manager: EntityManager | null, id: string, options: { lock?: boolean } = {}): Promise<BookingRecord | null> {
    const rows = (await (manager ?? this.dataSource.manager).query(`SELECT ${COLUMNS} FROM ${FROM} WHERE b.id = $1 ${options.lock ? 'FOR UPDATE OF b' : ''}`, [
      id,
    ])) as BookingRow[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The time these advisers already hold between two instants (one query for all of them). */
  async occupied(manager: EntityManager | null, adviserIds: readonly string[], from: Date, to: Date, exceptBookingId?: string): Promise<Map<string, Interval[]>> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT adviser_id, starts_at, ends_at FROM consultation_booking
       WHERE adviser_id = ANY ($1::uuid[]) AND status IN ${OCCUPYING} AND starts_at < $3 AND ends_at > $2 AND ($4::uuid IS NULL OR id <> $4::uuid)`,
      [adviserIds, from, to, exceptBookingId ?? null],
    )) as { adviser_id: string; starts_at: Date; ends_at: Date }[];
    const byAdviser = new Map<string, Interval[]>(adviserIds.map((id) => [id, []]));
    for (const row of rows) byAdviser.get(row.adviser_id)?.push({ start: row.starts_at, end: row.ends_at });
    return byAdviser;
  }

  /**
   * The locks of a booking or a move, in one statement and in the order every path takes them: the
   * adviser's time in each hour the session can clash in (`bookingLockHours`, earliest first), then
   * the person's. Held until the transaction ends. Whoever comes second for a time then reads it as
   * taken and answers 409 without writing, so rival inserts never meet inside the exclusion check
   * (where they would wait for each other until PostgreSQL broke the deadlock, one per second);
   * bookings of the adviser at other times do not wait. The person's lock keeps two requests made at
   * once from both slipping under the open-bookings limit.
   */
  async lockForBooking(manager: EntityManager, adviserId: string, hours: readonly string[], bookerUserId: string): Promise<void> {
    const keys = bookingLockKeys(adviserId, hours, bookerUserId);
    // A function scan of unnest yields the keys in array order, and each is locked as its row is read.
    await manager.query(`SELECT count(pg_advisory_xact_lock(hashtextextended(key, 0))) FROM unnest($1::text[]) AS key`, [keys]);
  }

  /**
   * The sessions still to come in which this person is the booker or the adviser, locked for the
   * caller's transaction, soonest first.
   */
  async upcomingOf(manager: EntityManager, userId: string, now: Date): Promise<{ id: string; side: 'booker' | 'adviser' }[]> {
    const rows = (await manager.query(
      `SELECT b.id, CASE WHEN b.booker_user_id = $1 THEN 'booker' ELSE 'adviser' END AS side
       FROM consultation_booking b JOIN adviser a ON a.id = b.adviser_id
       WHERE (b.booker_user_id = $1 OR a.user_id = $1) AND b.status = 'booked' AND b.starts_at > $2 ORDER BY b.starts_at, b.id FOR UPDATE OF b`,
      [userId, now],
    )) as { id: string; side: 'booker' | 'adviser' }[];
    return rows;
  }

  async cancel(manager: EntityManager, id: string, by: ConsultationActor, reason: string | null): Promise<void> {
    await manager.query(
      `UPDATE consultation_booking SET status = 'cancelled', cancelled_at = now(), cancelled_by = $2, cancellation_reason = $3, sequence = sequence + 1, updated_at = now()
       WHERE id = $1`,
      [id, by, reason],
    );
  }

  /** Moves the session; the exclusion constraints check the new time like a new booking's. */
  async move(manager: EntityManager, id: string, startsAt: Date, endsAt: Date): Promise<void> {
    await manager.query(`UPDATE consultation_booking SET starts_at = $2, ends_at = $3, sequence = sequence + 1, updated_at = now() WHERE id = $1`, [id, startsAt, endsAt]);
  }

  /** After the session: the adviser's mark, or its correction (records/ decides when either is allowed). */
  async markOutcome(manager: EntityManager, id: string, status: 'held' | 'no-show'): Promise<void> {
    await manager.query(`UPDATE consultation_booking SET status = $2, updated_at = now() WHERE id = $1 AND status IN ('booked', 'held', 'no-show')`, [id, status]);
  }

  async countBookedBy(manager: EntityManager, userId: string): Promise<number> {
    const [row] = (await manager.query(`SELECT count(*)::int AS n FROM consultation_booking WHERE booker_user_id = $1`, [userId])) as { n: number }[];
    return row?.n ?? 0;
  }

  async setReminderKey(manager: EntityManager, id: string, key: string | null): Promise<void> {
    await manager.query(`UPDATE consultation_booking SET reminder_key = $2 WHERE id = $1`, [id, key]);
  }

  /**
   * A page of bookings seen from one side: the booker's own, an adviser's sessions, or all (staff).
   * Upcoming first when only upcoming ones are asked for; otherwise the latest first.
   */
  async list(scope: { bookerUserId?: string; adviserId?: string }, query: ConsultationBookingListQuery, now: Date): Promise<{ rows: BookingRecord[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (scope.bookerUserId) add('b.booker_user_id = ?', scope.bookerUserId);
    if (scope.adviserId) add('b.adviser_id = ?', scope.adviserId);
    if (query.status) add('b.status = ?', query.status);
    if (query.upcoming) add('b.starts_at > ?', now);
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const manager = this.dataSource.manager;
    const [count] = (await manager.query(`SELECT count(*)::int AS total FROM consultation_booking b ${clause}`, params)) as { total: number }[];
    const total = count?.total ?? 0;
    if (total === 0 || (query.page - 1) * query.pageSize >= total) return { rows: [], total };
    const rows = (await manager.query(
      `SELECT ${COLUMNS} FROM ${FROM} ${clause} ORDER BY b.starts_at ${query.upcoming ? 'ASC' : 'DESC'}, b.id
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    )) as BookingRow[];
    return { rows: rows.map(toRecord), total };
  }
}
