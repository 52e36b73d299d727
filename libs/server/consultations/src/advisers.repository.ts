import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ConsultationPlace, ConsultationPolicy, ConsultationTopic, DateException, FoundingArea, Locale, Role, WeeklyRule } from '@asaka/domain';
import type { Availability } from '@asaka/contracts';
import type { AdviserParty, Party } from './consultation-bookings.repository';

export interface AdviserProfileValues {
  organizationName: string;
  jobTitle: string | null;
  introduction: string;
  areas: FoundingArea[];
  topics: ConsultationTopic[];
  places: ConsultationPlace[];
  meetingUrl: string | null;
}

export interface AdviserSessionValues {
  slotMinutes: number;
  bufferMinutes: number;
  active: boolean;
}

export interface AdviserRecord extends AdviserProfileValues, AdviserSessionValues {
  id: string;
  userId: string;
  displayName: string;
  email: string;
  locale: Locale;
}

export interface AvailabilityRecord {
  weeklyRules: WeeklyRule[];
  exceptions: (DateException & { note: string | null })[];
}

interface AdviserRow {
  id: string;
  user_id: string;
  display_name: string;
  email: string;
  locale: Locale;
  organization_name: string;
  job_title: string | null;
  introduction: string;
  areas: FoundingArea[];
  topics: ConsultationTopic[];
  places: ConsultationPlace[];
  meeting_url: string | null;
  slot_minutes: number;
  buffer_minutes: number;
  active: boolean;
}

const ADVISER_COLUMNS = `a.id, a.user_id, u.display_name, u.email, u.locale, a.organization_name, a.job_title, a.introduction, a.areas, a.topics,
  a.places, a.meeting_url, a.slot_minutes, a.buffer_minutes, a.active`;

function toAdviser(row: AdviserRow): AdviserRecord {
  return {
    id: row.id,
    userId: row.user_id,
    displayName: row.display_name,
    email: row.email,
    locale: row.locale,
    organizationName: row.organization_name,
    jobTitle: row.job_title,
    introduction: row.introduction,
    areas: row.areas,
    topics: row.topics,
    places: row.places,
    meetingUrl: row.meeting_url,
    slotMinutes: row.slot_minutes,
    bufferMinutes: row.buffer_minutes,
    active: row.active,
  };
}

interface SettingsRow {
  minimum_notice_minutes: number;
  cancellation_cutoff_minutes: number;
  max_open_bookings_per_person: number;
}

function toPolicy(row: SettingsRow): ConsultationPolicy {
  return {
    minimumNoticeMinutes: row.minimum_notice_minutes,
    cancellationCutoffMinutes: row.cancellation_cutoff_minutes,
    maxOpenBookingsPerPerson: row.max_open_bookings_per_person,
  };
}

/** The slot filter: which advisers take this kind of consultation. */
export interface AdviserFilter {
  adviserId?: string;
  topic?: ConsultationTopic;
  place?: ConsultationPlace;
  area?: FoundingArea;
}

function adviserWhere(filter: AdviserFilter, activeOnly: boolean): { where: string; params: unknown[] } {
  const where: string[] = [`u.status = 'active'`];
  if (activeOnly) where.push('a.active');
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.adviserId) add('a.id = ?', filter.adviserId);
  if (filter.topic) add('? = ANY (a.topics)', filter.topic);
  if (filter.place) add('? = ANY (a.places)', filter.place);
  if (filter.area) add('? = ANY (a.areas)', filter.area);
  return { where: where.join(' AND '), params };
}

/** The only code that reads or writes adviser profiles, their availability and the program's settings. */
@Injectable()
export class AdvisersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private run(manager: EntityManager | null) {
    return manager ?? this.dataSource.manager;
  }

  async find(manager: EntityManager | null, id: string, options: { lock?: boolean } = {}): Promise<AdviserRecord | null> {
    const rows = (await this.run(manager).query(
      `SELECT ${ADVISER_COLUMNS} FROM adviser a JOIN user_account u ON u.id = a.user_id WHERE a.id = $1 ${options.lock ? 'FOR UPDATE OF a' : ''}`,
      [id],
    )) as AdviserRow[];
    return rows[0] ? toAdviser(rows[0]) : null;
  }

  async findByUser(manager: EntityManager | null, userId: string): Promise<AdviserRecord | null> {
    const rows = (await this.run(manager).query(`SELECT ${ADVISER_COLUMNS} FROM adviser a JOIN user_account u ON u.id = a.user_id WHERE a.user_id = $1`, [
      userId,
    ])) as AdviserRow[];
    return rows[0] ? toAdviser(rows[0]) : null;
  }

  /** Advisers taking bookings (active, with an active account; staff may ask for all) that match the filter, by organization then name. */
  async list(filter: AdviserFilter, options: { includeInactive?: boolean; page?: { page: number; pageSize: number } } = {}): Promise<{ rows: AdviserRecord[]; total: number }> {
    const { page } = options;
    const { where, params } = adviserWhere(filter, !options.includeInactive);
    const manager = this.dataSource.manager;
    const paging = page ? `LIMIT $${params.length + 1} OFFSET $${params.length + 2}` : '';
    const pageParams = page ? [page.pageSize, (page.page - 1) * page.pageSize] : [];
    const [rows, count] = await Promise.all([
      manager.query(`SELECT ${ADVISER_COLUMNS} FROM adviser a JOIN user_account u ON u.id = a.user_id WHERE ${where} ORDER BY a.organization_name, u.display_name, a.id ${paging}`, [
        ...params,
        ...pageParams,
      ]) as Promise<AdviserRow[]>,
      page ? (manager.query(`SELECT count(*)::int AS total FROM adviser a JOIN user_account u ON u.id = a.user_id WHERE ${where}`, params) as Promise<{ total: number }[]>) : null,
    ]);
    return { rows: rows.map(toAdviser), total: count ? (count[0]?.total ?? 0) : rows.length };
  }

  async accountOf(manager: EntityManager, userId: string): Promise<{ roles: Role[]; status: string } | null> {
    const [row] = (await manager.query(`SELECT roles, status FROM user_account WHERE id = $1`, [userId])) as { roles: Role[]; status: string }[];
    return row ?? null;
  }

  async insert(manager: EntityManager, userId: string, profile: AdviserProfileValues, session: AdviserSessionValues): Promise<string> {
    const [row] = (await manager.query(
      `INSERT INTO adviser (user_id, organization_name, job_title, introduction, areas, topics, places, meeting_url, slot_minutes, buffer_minutes, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (user_id) DO NOTHING
       RETURNING id`,
      [userId, profile.organizationName, profile.jobTitle, profile.introduction, profile.areas, profile.topics, profile.places, profile.meetingUrl, session.slotMinutes, session.bufferMinutes, session.active],
    )) as { id: string }[];
    return row?.id ?? '';
  }

  async update(manager: EntityManager, id: string, profile: AdviserProfileValues, session: AdviserSessionValues): Promise<void> {
    await manager.query(
      `UPDATE adviser SET organization_name = $2, job_title = $3, introduction = $4, areas = $5, topics = $6, places = $7, meeting_url = $8,
         slot_minutes = $9, buffer_minutes = $10, active = $11, updated_at = now()
       WHERE id = $1`,
      [id, profile.organizationName, profile.jobTitle, profile.introduction, profile.areas, profile.topics, profile.places, profile.meetingUrl, session.slotMinutes, session.bufferMinutes, session.active],
    );
  }

  /**
   * What deciding one booking needs that a rush does not change, in one statement: the adviser, the
   * program's settings, the adviser's weekly rules and the date exceptions of `date`, and the person
   * booking (null: no such account). Null when there is no such adviser.
   */
  async bookingContext(
    manager: EntityManager | null,
    adviserId: string,
    date: string,
    bookerUserId: string,
  ): Promise<{ adviser: AdviserRecord; adviserParty: AdviserParty; booker: Party | null; policy: ConsultationPolicy; availability: AvailabilityRecord } | null> {
    const [row] = (await this.run(manager).query(
      `SELECT ${ADVISER_COLUMNS}, u.status = 'active' AS account_active, s.minimum_notice_minutes, s.cancellation_cutoff_minutes, s.max_open_bookings_per_person,
         (SELECT json_build_object('userId', b.id, 'displayName', b.display_name, 'email', b.email, 'locale', b.locale, 'active', b.status = 'active')
          FROM user_account b WHERE b.id = $3) AS booker,
         COALESCE((SELECT json_agg(json_build_object('weekday', r.weekday, 'start', to_char(r.start_time, 'HH24:MI'), 'end', to_char(r.end_time, 'HH24:MI'))
                   ORDER BY r.weekday, r.start_time) FROM adviser_weekly_rule r WHERE r.adviser_id = a.id), '[]') AS weekly_rules,
         COALESCE((SELECT json_agg(json_build_object('date', e.date::text, 'windows', e.windows, 'note', e.note))
                   FROM adviser_date_exception e WHERE e.adviser_id = a.id AND e.date = $2::date), '[]') AS exceptions
       FROM adviser a JOIN user_account u ON u.id = a.user_id JOIN consultation_settings s ON s.id = 1
       WHERE a.id = $1`,
      [adviserId, date, bookerUserId],
    )) as (AdviserRow & SettingsRow & { account_active: boolean; booker: Party | null; weekly_rules: WeeklyRule[]; exceptions: AvailabilityRecord['exceptions'] })[];
    if (!row) return null;
    const adviser = toAdviser(row);
    return {
      adviser,
      adviserParty: {
        userId: adviser.userId,
        displayName: adviser.displayName,
        email: adviser.email,
        locale: adviser.locale,
        active: row.account_active,
        organizationName: adviser.organizationName,
        meetingUrl: adviser.meetingUrl,
      },
      booker: row.booker,
      policy: toPolicy(row),
      availability: { weeklyRules: row.weekly_rules, exceptions: row.exceptions },
    };
  }

  /**
   * Weekly rules and date exceptions of these advisers: one query each, whatever their number, so
   * listing slots stays two round trips however many advisers match. Exceptions from `fromDate` on.
   */
  async availability(manager: EntityManager | null, adviserIds: readonly string[], fromDate?: string, toDate?: string): Promise<Map<string, AvailabilityRecord>> {
    const db = this.run(manager);
    const rules = (await db.query(
      `SELECT adviser_id, weekday, to_char(start_time, 'HH24:MI') AS start, to_char(end_time, 'HH24:MI') AS "end"
       FROM adviser_weekly_rule WHERE adviser_id = ANY ($1::uuid[]) ORDER BY weekday, start_time`,
      [adviserIds],
    )) as { adviser_id: string; weekday: number; start: string; end: string }[];
    const exceptions = (await db.query(
      `SELECT adviser_id, date::text AS date, windows, note FROM adviser_date_exception
       WHERE adviser_id = ANY ($1::uuid[]) AND ($2::date IS NULL OR date >= $2::date) AND ($3::date IS NULL OR date <= $3::date)
       ORDER BY date`,
      [adviserIds, fromDate ?? null, toDate ?? null],
    )) as { adviser_id: string; date: string; windows: { start: string; end: string }[]; note: string | null }[];
    const byAdviser = new Map<string, AvailabilityRecord>(adviserIds.map((id) => [id, { weeklyRules: [], exceptions: [] }]));
    for (const r of rules) byAdviser.get(r.adviser_id)?.weeklyRules.push({ weekday: r.weekday, start: r.start, end: r.end });
    for (const e of exceptions) byAdviser.get(e.adviser_id)?.exceptions.push({ date: e.date, windows: e.windows, note: e.note });
    return byAdviser;
  }

  /** The editor sends the whole availability; it replaces what was stored, in the caller's transaction. */
  async replaceAvailability(manager: EntityManager, adviserId: string, availability: Availability): Promise<void> {
    await manager.query(`DELETE FROM adviser_weekly_rule WHERE adviser_id = $1`, [adviserId]);
    await manager.query(`DELETE FROM adviser_date_exception WHERE adviser_id = $1`, [adviserId]);
    if (availability.weeklyRules.length > 0) {
      await manager.query(
        `INSERT INTO adviser_weekly_rule (adviser_id, weekday, start_time, end_time)
         SELECT $1, r.weekday, r.start_time::time, r.end_time::time
         FROM jsonb_to_recordset($2::jsonb) AS r(weekday smallint, start_time text, end_time text)`,
        [adviserId, JSON.stringify(availability.weeklyRules.map((r) => ({ weekday: r.weekday, start_time: r.start, end_time: r.end })))],
      );
    }
    if (availability.exceptions.length > 0) {
      await manager.query(
        `INSERT INTO adviser_date_exception (adviser_id, date, windows, note)
         SELECT $1, e.date, e.windows, e.note FROM jsonb_to_recordset($2::jsonb) AS e(date date, windows jsonb, note text)`,
        [adviserId, JSON.stringify(availability.exceptions)],
      );
    }
    await manager.query(`UPDATE adviser SET updated_at = now() WHERE id = $1`, [adviserId]);
  }

  async settings(manager: EntityManager | null): Promise<ConsultationPolicy> {
    const [row] = (await this.run(manager).query(
      `SELECT minimum_notice_minutes, cancellation_cutoff_minutes, max_open_bookings_per_person FROM consultation_settings WHERE id = 1`,
    )) as SettingsRow[];
    if (!row) throw new Error('consultation_settings has no row: the migration inserts it');
    return toPolicy(row);
  }

  async updateSettings(manager: EntityManager, settings: ConsultationPolicy): Promise<void> {
    await manager.query(
      `UPDATE consultation_settings SET minimum_notice_minutes = $1, cancellation_cutoff_minutes = $2, max_open_bookings_per_person = $3, updated_at = now() WHERE id = 1`,
      [settings.minimumNoticeMinutes, settings.cancellationCutoffMinutes, settings.maxOpenBookingsPerPerson],
    );
  }
}
