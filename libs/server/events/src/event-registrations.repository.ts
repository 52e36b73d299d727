import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { EventRegistrationCanceller, EventRegistrationStatus, Locale } from '@asaka/domain';

/** The person a registration belongs to, as mails and the attendance list need them. */
export interface RegistrantRecord {
  userId: string;
  email: string;
  locale: Locale;
  displayName: string;
}

export interface RegistrationRecord {
  id: string;
  eventId: string;
  status: EventRegistrationStatus;
  queueNumber: number;
  checkInCode: string;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  cancelledBy: EventRegistrationCanceller | null;
  attendedAt: Date | null;
  reminderKey: string | null;
  createdAt: Date;
  /** キャンセル待ち n番目: the rank among the waiting by arrival; null unless waitlisted. */
  waitlistPosition: number | null;
  person: RegistrantRecord;
}

interface RegistrationRow {
  id: string;
  event_id: string;
  status: EventRegistrationStatus;
  queue_number: number;
  check_in_code: string;
  confirmed_at: Date | null;
  cancelled_at: Date | null;
  cancelled_by: EventRegistrationCanceller | null;
  attended_at: Date | null;
  reminder_key: string | null;
  created_at: Date;
  waitlist_position: number | null;
  user_id: string;
  email: string;
  locale: Locale;
  display_name: string;
}

const COLUMNS = `r.id, r.event_id, r.status, r.queue_number, r.check_in_code, r.confirmed_at, r.cancelled_at, r.cancelled_by, r.attended_at,
  r.reminder_key, r.created_at,
  CASE WHEN r.status = 'waitlisted' THEN (SELECT count(*)::int FROM event_registration w
    WHERE w.event_id = r.event_id AND w.status = 'waitlisted' AND w.queue_number <= r.queue_number) END AS waitlist_position,
  u.id AS user_id, u.email, u.locale, u.display_name`;
const FROM = `event_registration r JOIN user_account u ON u.id = r.user_id`;

function toRecord(row: RegistrationRow): RegistrationRecord {
  return {
    id: row.id,
    eventId: row.event_id,
    status: row.status,
    queueNumber: row.queue_number,
    checkInCode: row.check_in_code,
    confirmedAt: row.confirmed_at,
    cancelledAt: row.cancelled_at,
    cancelledBy: row.cancelled_by,
    attendedAt: row.attended_at,
    reminderKey: row.reminder_key,
    createdAt: row.created_at,
    waitlistPosition: row.waitlist_position,
    person: { userId: row.user_id, email: row.email, locale: row.locale, displayName: row.display_name },
  };
}

/** Registered first (by arrival), then the waiting list in its order, then cancelled ones. */
const LIST_ORDER = `CASE r.status WHEN 'registered' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, r.queue_number`;

/**
 * The only code that reads or writes event_registration. Every method that changes seats is
 * called with the event's row already locked (EventsRepository.lockAndFind).
 */
@Injectable()
export class EventRegistrationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async find(manager: EntityManager | null, id: string): Promise<RegistrationRecord | null> {
    const rows = (await this.manager(manager).query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1`, [id])) as RegistrationRow[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Which event a registration is for, to lock that event before touching the registration. */
  async eventIdOf(id: string): Promise<string | null> {
    const [row] = (await this.dataSource.manager.query(`SELECT event_id FROM event_registration WHERE id = $1`, [id])) as { event_id: string }[];
    return row?.event_id ?? null;
  }

  /** The person's registration that is not cancelled, if any. */
  async activeFor(manager: EntityManager | null, eventId: string, userId: string): Promise<RegistrationRecord | null> {
    const rows = (await this.manager(manager).query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.event_id = $1 AND r.user_id = $2 AND r.status <> 'cancelled'`, [
      eventId,
      userId,
    ])) as RegistrationRow[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The events whose seat or place in line the person still holds and that have not begun, soonest first. */
  async upcomingEventIdsOf(manager: EntityManager, userId: string, now: Date): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT r.event_id FROM event_registration r JOIN city_event e ON e.id = r.event_id
       WHERE r.user_id = $1 AND r.status <> 'cancelled' AND e.starts_at > $2 ORDER BY e.starts_at, e.id`,
      [userId, now],
    )) as { event_id: string }[];
    return rows.map((row) => row.event_id);
  }

  /** The people's registrations that are not cancelled, for the event pages of a list. */
  async activeForMany(eventIds: readonly string[], userId: string): Promise<Map<string, RegistrationRecord>> {
    if (eventIds.length === 0) return new Map();
    const rows = (await this.dataSource.manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.event_id = ANY($1::uuid[]) AND r.user_id = $2 AND r.status <> 'cancelled'`, [
      [...eventIds],
      userId,
    ])) as RegistrationRow[];
    return new Map(rows.map((row) => [row.event_id, toRecord(row)]));
  }

  /**
   * A new registration with the next arrival number. Returns null when a unique index refused it:
   * the person already holds one, or (once in a few billion) the code is taken in this event.
   */
  async insert(
    manager: EntityManager,
    values: { eventId: string; userId: string; status: 'registered' | 'waitlisted'; checkInCode: string; now: Date },
  ): Promise<string | null> {
    const rows = (await manager.query(
      `INSERT INTO event_registration (event_id, user_id, status, queue_number, check_in_code, confirmed_at)
       SELECT $1, $2, $3, COALESCE(max(queue_number), 0) + 1, $4, CASE WHEN $3 = 'registered' THEN $5::timestamptz END
       FROM event_registration WHERE event_id = $1
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [values.eventId, values.userId, values.status, values.checkInCode, values.now],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** The first `count` people waiting, in order. */
  async frontOfWaitlist(manager: EntityManager, eventId: string, count: number): Promise<RegistrationRecord[]> {
    if (count <= 0) return [];
    const rows = (await manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.event_id = $1 AND r.status = 'waitlisted' ORDER BY r.queue_number LIMIT $2`, [
      eventId,
      count,
    ])) as RegistrationRow[];
    return rows.map(toRecord);
  }

  async promote(manager: EntityManager, ids: readonly string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`UPDATE event_registration SET status = 'registered', confirmed_at = $2, updated_at = now() WHERE id = ANY($1::uuid[]) AND status = 'waitlisted'`, [
      [...ids],
      now,
    ]);
  }

  async cancel(manager: EntityManager, id: string, by: EventRegistrationCanceller, now: Date): Promise<void> {
    await manager.query(
      `UPDATE event_registration SET status = 'cancelled', cancelled_at = $3, cancelled_by = $2, reminder_key = NULL, updated_at = now() WHERE id = $1`,
      [id, by, now],
    );
  }

  /** Everyone still registered or waiting; for mails about the whole event (a change, a cancellation). */
  async active(manager: EntityManager, eventId: string): Promise<RegistrationRecord[]> {
    const rows = (await manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.event_id = $1 AND r.status <> 'cancelled' ORDER BY ${LIST_ORDER}`, [
      eventId,
    ])) as RegistrationRow[];
    return rows.map(toRecord);
  }

  async cancelAllActive(manager: EntityManager, eventId: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE event_registration SET status = 'cancelled', cancelled_at = $2, cancelled_by = 'event-cancelled', reminder_key = NULL, updated_at = now()
       WHERE event_id = $1 AND status <> 'cancelled'`,
      [eventId, now],
    );
  }

  async setReminderKey(manager: EntityManager, id: string, key: string | null): Promise<void> {
    await manager.query(`UPDATE event_registration SET reminder_key = $2 WHERE id = $1`, [id, key]);
  }

  async findByCode(manager: EntityManager, eventId: string, code: string): Promise<RegistrationRecord | null> {
    const rows = (await manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.event_id = $1 AND r.check_in_code = $2`, [eventId, code])) as RegistrationRow[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async markAttended(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.query(`UPDATE event_registration SET attended_at = $2, updated_at = now() WHERE id = $1 AND attended_at IS NULL`, [id, at]);
  }

  /** The attendance list of an event: registered, then waiting, then (when asked for) cancelled. */
  async listForEvent(eventId: string, options: { status?: EventRegistrationStatus; page: number; pageSize: number }): Promise<{ rows: RegistrationRecord[]; total: number }> {
    const where = options.status ? `r.event_id = $1 AND r.status = $2` : `r.event_id = $1 AND r.status <> 'cancelled'`;
    const params: unknown[] = options.status ? [eventId, options.status] : [eventId];
    const manager = this.dataSource.manager;
    const [total] = (await manager.query(`SELECT count(*)::int AS total FROM event_registration r WHERE ${where}`, params)) as { total: number }[];
    const rows = (await manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY ${LIST_ORDER} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
      ...params,
      options.pageSize,
      (options.page - 1) * options.pageSize,
    ])) as RegistrationRow[];
    return { rows: rows.map(toRecord), total: total?.total ?? 0 };
  }

  /** A person's registrations, the latest event first; `upcoming` keeps those whose event has not ended. */
  async listForPerson(userId: string, options: { upcoming?: boolean; page: number; pageSize: number }): Promise<{ rows: RegistrationRecord[]; total: number }> {
    const where = `r.user_id = $1${options.upcoming ? ' AND e.ends_at > now()' : ''}`;
    const from = `${FROM} JOIN city_event e ON e.id = r.event_id`;
    const manager = this.dataSource.manager;
    const [total] = (await manager.query(`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`, [userId])) as { total: number }[];
    const rows = (await manager.query(`SELECT ${COLUMNS} FROM ${from} WHERE ${where} ORDER BY e.starts_at DESC, r.created_at DESC LIMIT $2 OFFSET $3`, [
      userId,
      options.pageSize,
      (options.page - 1) * options.pageSize,
    ])) as RegistrationRow[];
    return { rows: rows.map(toRecord), total: total?.total ?? 0 };
  }
}
