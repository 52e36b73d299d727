import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { japanInstant } from '@asaka/domain';
import type { EventKind, EventStatus, FoundingArea } from '@asaka/domain';
import type { EventListQuery, EventPlaceInput } from '@asaka/contracts';

/** What staff write: every editable field, already NFKC-normalised by the service. */
export interface EventValues {
  kind: EventKind;
  title: string;
  description: string;
  organizer: string;
  startsAt: Date;
  endsAt: Date;
  place: EventPlaceInput;
  capacity: number;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  areas: FoundingArea[];
}

/** An event with its seat counts, as of the statement that read it. */
export interface EventRecord extends EventValues {
  id: string;
  status: EventStatus;
  publishedAt: Date | null;
  cancelledAt: Date | null;
  cancellationReason: string | null;
  finishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  registered: number;
  waitlisted: number;
  attended: number;
}

export interface EventStatusChange {
  status: EventStatus;
  publishedAt?: Date;
  cancelledAt?: Date;
  cancellationReason?: string;
  finishedAt?: Date;
}

interface EventRow {
  id: string;
  kind: EventKind;
  title: string;
  description: string;
  organizer: string;
  starts_at: Date;
  ends_at: Date;
  online: boolean;
  venue_name: string | null;
  venue_address: string | null;
  online_url: string | null;
  capacity: number;
  registration_opens_at: Date;
  registration_closes_at: Date;
  areas: FoundingArea[];
  status: EventStatus;
  published_at: Date | null;
  cancelled_at: Date | null;
  cancellation_reason: string | null;
  finished_at: Date | null;
  created_at: Date;
  updated_at: Date;
  registered: number;
  waitlisted: number;
  attended: number;
}

const count = (condition: string) => `(SELECT count(*)::int FROM event_registration r WHERE r.event_id = e.id AND ${condition})`;
const COLUMNS = `e.id, e.kind, e.title, e.description, e.organizer, e.starts_at, e.ends_at, e.online, e.venue_name, e.venue_address, e.online_url,
  e.capacity, e.registration_opens_at, e.registration_closes_at, e.areas, e.status, e.published_at, e.cancelled_at, e.cancellation_reason,
  e.finished_at, e.created_at, e.updated_at,
  ${count(`r.status = 'registered'`)} AS registered, ${count(`r.status = 'waitlisted'`)} AS waitlisted, ${count('r.attended_at IS NOT NULL')} AS attended`;

function toRecord(row: EventRow): EventRecord {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    organizer: row.organizer,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.online ? { kind: 'online', url: row.online_url ?? '' } : { kind: 'venue', name: row.venue_name ?? '', address: row.venue_address ?? '' },
    capacity: row.capacity,
    registrationOpensAt: row.registration_opens_at,
    registrationClosesAt: row.registration_closes_at,
    areas: row.areas,
    status: row.status,
    publishedAt: row.published_at,
    cancelledAt: row.cancelled_at,
    cancellationReason: row.cancellation_reason,
    finishedAt: row.finished_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    registered: row.registered,
    waitlisted: row.waitlisted,
    attended: row.attended,
  };
}

const VALUE_COLUMNS = `kind, title, description, organizer, starts_at, ends_at, online, venue_name, venue_address, online_url, capacity,
  registration_opens_at, registration_closes_at, areas`;

function valueParams(values: EventValues): unknown[] {
  const online = values.place.kind === 'online';
  return [
    values.kind,
    values.title,
    values.description,
    values.organizer,
    values.startsAt,
    values.endsAt,
    online,
    values.place.kind === 'venue' ? values.place.name : null,
    values.place.kind === 'venue' ? values.place.address : null,
    values.place.kind === 'online' ? values.place.url : null,
    values.capacity,
    values.registrationOpensAt,
    values.registrationClosesAt,
    values.areas,
  ];
}

const DAY_MS = 24 * 3_600_000;

/** The only code that reads or writes the city_event table. */
@Injectable()
export class EventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, values: EventValues): Promise<string> {
    const placeholders = valueParams(values)
      .map((_, i) => `$${i + 1}`)
      .join(', ');
    const [row] = (await manager.query(`INSERT INTO city_event (${VALUE_COLUMNS}, status) VALUES (${placeholders}, 'draft') RETURNING id`, valueParams(values))) as {
      id: string;
    }[];
    if (!row) throw new Error('city_event insert returned no id');
    return row.id;
  }

  async find(manager: EntityManager | null, id: string): Promise<EventRecord | null> {
    const rows = (await (manager ?? this.dataSource.manager).query(`SELECT ${COLUMNS} FROM city_event e WHERE e.id = $1`, [id])) as EventRow[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /**
   * Holds the event's row for the rest of the transaction, then reads it with its counts. Two
   * statements on purpose: in READ COMMITTED a statement that waited for a row lock sees the locked
   * row's newest version but counts other rows as of its own start, so counting in the locking
   * statement would miss the registrations committed while it waited.
   */
  async lockAndFind(manager: EntityManager, id: string): Promise<EventRecord | null> {
    const locked = (await manager.query(`SELECT id FROM city_event WHERE id = $1 FOR UPDATE`, [id])) as unknown[];
    if (locked.length === 0) return null;
    return this.find(manager, id);
  }

  async findMany(ids: readonly string[]): Promise<Map<string, EventRecord>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.manager.query(`SELECT ${COLUMNS} FROM city_event e WHERE e.id = ANY($1::uuid[])`, [[...new Set(ids)]])) as EventRow[];
    return new Map(rows.map((row) => [row.id, toRecord(row)]));
  }

  async updateValues(manager: EntityManager, id: string, values: EventValues): Promise<void> {
    const assignments = VALUE_COLUMNS.split(',')
      .map((column, i) => `${column.trim()} = $${i + 2}`)
      .join(', ');
    await manager.query(`UPDATE city_event SET ${assignments}, updated_at = now() WHERE id = $1`, [id, ...valueParams(values)]);
  }

  async changeStatus(manager: EntityManager, id: string, change: EventStatusChange): Promise<void> {
    const sets = ['status = $2', 'updated_at = now()'];
    const params: unknown[] = [id, change.status];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (change.publishedAt) set('published_at', change.publishedAt);
    if (change.cancelledAt) set('cancelled_at', change.cancelledAt);
    if (change.cancellationReason !== undefined) set('cancellation_reason', change.cancellationReason);
    if (change.finishedAt) set('finished_at', change.finishedAt);
    await manager.query(`UPDATE city_event SET ${sets.join(', ')} WHERE id = $1`, params);
  }

  /**
   * Events by start, earliest first. Without `status` only published ones; people who are not
   * staff never see an event that was not published, whatever they ask for.
   */
  async list(query: EventListQuery, staff: boolean): Promise<{ rows: EventRecord[]; total: number }> {
    const where = ['e.status = $1'];
    const params: unknown[] = [query.status ?? 'published'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (!staff) where.push('e.published_at IS NOT NULL');
    if (query.kind) add('e.kind = ?', query.kind);
    if (query.from) add('e.starts_at >= ?', japanInstant(query.from, 0));
    if (query.to) add('e.starts_at < ?', new Date(japanInstant(query.to, 0).getTime() + DAY_MS));
    if (query.area) add('e.areas @> ARRAY[?]::text[]', query.area);
    const clause = where.join(' AND ');
    const manager = this.dataSource.manager;
    const [total] = (await manager.query(`SELECT count(*)::int AS total FROM city_event e WHERE ${clause}`, params)) as { total: number }[];
    const rows = (await manager.query(
      `SELECT ${COLUMNS} FROM city_event e WHERE ${clause} ORDER BY e.starts_at, e.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    )) as EventRow[];
    return { rows: rows.map(toRecord), total: total?.total ?? 0 };
  }
}
