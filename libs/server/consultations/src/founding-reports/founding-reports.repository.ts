import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { FoundingBusinessType, FoundingReportStatus, Locale } from '@asaka/domain';

export interface FoundingReportValues {
  foundedOn: string;
  businessName: string;
  businessType: FoundingBusinessType;
  industry: string;
  inAsaka: boolean;
  address: string;
  vacantStoreId: string | null;
}

export interface FoundingReportRecord extends FoundingReportValues {
  id: string;
  userId: string;
  person: { displayName: string; email: string; locale: Locale; active: boolean };
  vacantStoreTitle: string | null;
  status: FoundingReportStatus;
  rejectionReason: string | null;
  submittedAt: Date;
  confirmedAt: Date | null;
  rejectedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

interface ReportRow {
  id: string;
  user_id: string;
  display_name: string;
  email: string;
  locale: Locale;
  active: boolean;
  founded_on: string;
  business_name: string;
  business_type: FoundingBusinessType;
  industry: string;
  in_asaka: boolean;
  address: string;
  vacant_store_id: string | null;
  vacant_store_title: string | null;
  status: FoundingReportStatus;
  rejection_reason: string | null;
  submitted_at: Date;
  confirmed_at: Date | null;
  rejected_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

// founded_on as text: the driver would otherwise make a Date of it at the server's local midnight.
const COLUMNS = `f.id, f.user_id, u.display_name, u.email, u.locale, u.status = 'active' AS active, f.founded_on::text AS founded_on, f.business_name,
  f.business_type, f.industry, f.in_asaka, f.address, f.vacant_store_id, s.title AS vacant_store_title, f.status, f.rejection_reason, f.submitted_at,
  f.confirmed_at, f.rejected_at, f.created_at, f.updated_at`;
const FROM = `founding_report f JOIN user_account u ON u.id = f.user_id LEFT JOIN vacant_store s ON s.id = f.vacant_store_id`;

const toRecord = (row: ReportRow): FoundingReportRecord => ({
  id: row.id,
  userId: row.user_id,
  person: { displayName: row.display_name, email: row.email, locale: row.locale, active: row.active },
  foundedOn: row.founded_on,
  businessName: row.business_name,
  businessType: row.business_type,
  industry: row.industry,
  inAsaka: row.in_asaka,
  address: row.address,
  vacantStoreId: row.vacant_store_id,
  vacantStoreTitle: row.vacant_store_title,
  status: row.status,
  rejectionReason: row.rejection_reason,
  submittedAt: row.submitted_at,
  confirmedAt: row.confirmed_at,
  rejectedAt: row.rejected_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export type FoundingReportDecision = { status: 'confirmed'; at: Date } | { status: 'rejected'; at: Date; reason: string };

/** The only code that reads or writes founding_report. */
@Injectable()
export class FoundingReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A new submitted report; null when the person already has one waiting (the partial unique index decides). */
  async insert(manager: EntityManager, userId: string, values: FoundingReportValues, now: Date): Promise<string | null> {
    const [row] = (await manager.query(
      `INSERT INTO founding_report (user_id, founded_on, business_name, business_type, industry, in_asaka, address, vacant_store_id, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (user_id) WHERE status IN ('submitted', 'rejected') DO NOTHING
       RETURNING id`,
      [userId, values.foundedOn, values.businessName, values.businessType, values.industry, values.inAsaka, values.address, values.vacantStoreId, now],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  async find(manager: EntityManager | null, id: string, options: { lock?: boolean } = {}): Promise<FoundingReportRecord | null> {
    const rows = (await (manager ?? this.dataSource.manager).query(`SELECT ${COLUMNS} FROM ${FROM} WHERE f.id = $1 ${options.lock ? 'FOR UPDATE OF f' : ''}`, [
      id,
    ])) as ReportRow[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** A correction: the values replaced, and the report submitted again (a rejection's reason goes with it). */
  async resubmit(manager: EntityManager, id: string, values: FoundingReportValues, now: Date): Promise<void> {
    await manager.query(
      `UPDATE founding_report SET founded_on = $2, business_name = $3, business_type = $4, industry = $5, in_asaka = $6, address = $7, vacant_store_id = $8,
         status = 'submitted', rejection_reason = NULL, rejected_at = NULL, submitted_at = $9, updated_at = now()
       WHERE id = $1`,
      [id, values.foundedOn, values.businessName, values.businessType, values.industry, values.inAsaka, values.address, values.vacantStoreId, now],
    );
  }

  async decide(manager: EntityManager, id: string, decision: FoundingReportDecision): Promise<void> {
    if (decision.status === 'confirmed') {
      await manager.query(`UPDATE founding_report SET status = 'confirmed', confirmed_at = $2, updated_at = now() WHERE id = $1`, [id, decision.at]);
    } else {
      await manager.query(`UPDATE founding_report SET status = 'rejected', rejected_at = $2, rejection_reason = $3, updated_at = now() WHERE id = $1`, [
        id,
        decision.at,
        decision.reason,
      ]);
    }
  }

  /** A page of reports: one person's (latest first), or everyone's for staff (waiting ones first, oldest waiting first). */
  async list(scope: { userId?: string }, query: { status?: FoundingReportStatus; page: number; pageSize: number }): Promise<{ rows: FoundingReportRecord[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (scope.userId) add('f.user_id = ?', scope.userId);
    if (query.status) add('f.status = ?', query.status);
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const order = scope.userId ? 'f.created_at DESC, f.id' : `(f.status = 'submitted') DESC, CASE WHEN f.status = 'submitted' THEN f.submitted_at END ASC, f.updated_at DESC, f.id`;
    const [count] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM founding_report f ${clause}`, params)) as { total: number }[];
    const total = count?.total ?? 0;
    if (total === 0 || (query.page - 1) * query.pageSize >= total) return { rows: [], total };
    const rows = (await this.dataSource.query(`SELECT ${COLUMNS} FROM ${FROM} ${clause} ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
      ...params,
      query.pageSize,
      (query.page - 1) * query.pageSize,
    ])) as ReportRow[];
    return { rows: rows.map(toRecord), total };
  }

  /** 市の支援を受けて起業した件数: confirmed reports founded between two dates (both included). */
  async confirmedCount(firstDate: string, lastDate: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM founding_report WHERE status = 'confirmed' AND founded_on BETWEEN $1::date AND $2::date`,
      [firstDate, lastDate],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  /**
   * The vacant store (program 1) a report may name: one the person inquired about. Read here from
   * the vacant-stores tables in one query, as the foreign key already ties the two.
   */
  async inquiredStore(manager: EntityManager, userId: string, vacantStoreId: string): Promise<{ id: string; title: string } | null> {
    const [row] = (await manager.query(
      `SELECT s.id, s.title FROM vacant_store s WHERE s.id = $1 AND EXISTS (SELECT 1 FROM store_inquiry i WHERE i.vacant_store_id = s.id AND i.seeker_user_id = $2)`,
      [vacantStoreId, userId],
    )) as { id: string; title: string }[];
    return row ?? null;
  }
}
