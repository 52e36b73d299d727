import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Locale, StoreInquiryClosedReason, StoreInquirySide, StoreInquiryStatus, VacantStoreStatus } from '@asaka/domain';

/** An inquiry with what its views need of the store, the seeker and the caller's membership. */
export interface InquiryRecord {
  id: string;
  vacantStoreId: string;
  seekerUserId: string;
  plannedBusiness: string;
  status: StoreInquiryStatus;
  closedReason: StoreInquiryClosedReason | null;
  closedAt: Date | null;
  letAt: Date | null;
  seekerConfirmedAt: Date | null;
  seekerDisputedAt: Date | null;
  matchConfirmedAt: Date | null;
  quietAskRound: number;
  lastMessageAt: Date;
  createdAt: Date;
  storeTitle: string;
  storeStatus: VacantStoreStatus;
  organizationId: string;
  organizationName: string;
  /** Registered by staff with the owner's consent: staff then act for the owner. */
  storeOnBehalf: boolean;
  seekerName: string;
  /** The seeker deleted their account: the thread is over for them. */
  seekerLeft: boolean;
  /** The caller's membership of the owning organization. */
  myRole: 'owner' | 'member' | null;
}

export interface MessageRecord {
  id: string;
  senderUserId: string;
  senderSide: StoreInquirySide;
  senderName: string;
  body: string;
  createdAt: Date;
}

/** Someone a mail about a thread goes to. */
export interface Party {
  userId: string;
  email: string;
  locale: Locale;
  displayName: string;
}

export interface InquiryChange {
  status: StoreInquiryStatus;
  letAt?: Date;
  seekerConfirmedAt?: Date | null;
  seekerDisputedAt?: Date | null;
  matchConfirmedAt?: Date;
  closedReason?: StoreInquiryClosedReason;
}

/** One row of the staff's match-confirmation page. */
export interface MatchRecord {
  inquiryId: string;
  vacantStoreId: string;
  storeTitle: string;
  storeStatus: VacantStoreStatus;
  organizationName: string;
  seekerName: string;
  plannedBusiness: string;
  status: StoreInquiryStatus;
  letAt: Date;
  seekerConfirmedAt: Date | null;
  seekerDisputedAt: Date | null;
  matchConfirmedAt: Date | null;
}

interface InquiryRow {
  id: string;
  vacant_store_id: string;
  seeker_user_id: string;
  planned_business: string;
  status: StoreInquiryStatus;
  closed_reason: StoreInquiryClosedReason | null;
  closed_at: Date | null;
  let_at: Date | null;
  seeker_confirmed_at: Date | null;
  seeker_disputed_at: Date | null;
  match_confirmed_at: Date | null;
  quiet_ask_round: number;
  last_message_at: Date;
  created_at: Date;
  store_title: string;
  store_status: VacantStoreStatus;
  organization_id: string;
  organization_name: string;
  store_on_behalf: boolean;
  seeker_name: string;
  seeker_left: boolean;
  my_role: 'owner' | 'member' | null;
}

const INQUIRY_COLUMNS = `i.id, i.vacant_store_id, i.seeker_user_id, i.planned_business, i.status, i.closed_reason, i.closed_at, i.let_at,
  i.seeker_confirmed_at, i.seeker_disputed_at, i.match_confirmed_at, i.quiet_ask_round, i.last_message_at, i.created_at,
  s.title AS store_title, s.status AS store_status, s.organization_id, o.name AS organization_name, s.owner_consent IS NOT NULL AS store_on_behalf,
  u.display_name AS seeker_name, u.status = 'deleted' AS seeker_left`;

const INQUIRY_FROM = `store_inquiry i
  JOIN vacant_store s ON s.id = i.vacant_store_id
  JOIN organization o ON o.id = s.organization_id
  JOIN user_account u ON u.id = i.seeker_user_id`;

const MY_ROLE = (userParam: string) => `(SELECT m.role FROM organization_member m WHERE m.organization_id = s.organization_id AND m.user_id = ${userParam}) AS my_role`;

function toRecord(row: InquiryRow): InquiryRecord {
  return {
    id: row.id,
    vacantStoreId: row.vacant_store_id,
    seekerUserId: row.seeker_user_id,
    plannedBusiness: row.planned_business,
    status: row.status,
    closedReason: row.closed_reason,
    closedAt: row.closed_at,
    letAt: row.let_at,
    seekerConfirmedAt: row.seeker_confirmed_at,
    seekerDisputedAt: row.seeker_disputed_at,
    matchConfirmedAt: row.match_confirmed_at,
    quietAskRound: row.quiet_ask_round,
    lastMessageAt: row.last_message_at,
    createdAt: row.created_at,
    storeTitle: row.store_title,
    storeStatus: row.store_status,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    storeOnBehalf: row.store_on_behalf,
    seekerName: row.seeker_name,
    seekerLeft: row.seeker_left,
    myRole: row.my_role ?? null,
  };
}

const PARTY_COLUMNS = `u.id AS user_id, u.email, u.locale, u.display_name`;
type PartyRow = { user_id: string; email: string; locale: Locale; display_name: string };
const toParty = (row: PartyRow): Party => ({ userId: row.user_id, email: row.email, locale: row.locale, displayName: row.display_name });

/** A unique index refused the row: which one, so the service can name the conflict. */
export function uniqueViolation(error: unknown): string | null {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.driverError?.code ?? e.code;
  return code === '23505' ? (e.driverError?.constraint ?? e.constraint ?? '') : null;
}

/** The only code that reads or writes store_inquiry and store_inquiry_message. */
@Injectable()
export class StoreInquiriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, values: { vacantStoreId: string; seekerUserId: string; plannedBusiness: string }): Promise<string> {
    const [row] = (await manager.query(
      `INSERT INTO store_inquiry (vacant_store_id, seeker_user_id, planned_business, status) VALUES ($1, $2, $3, 'open') RETURNING id`,
      [values.vacantStoreId, values.seekerUserId, values.plannedBusiness],
    )) as { id: string }[];
    if (!row) throw new Error('store_inquiry insert returned no id');
    return row.id;
  }

  /** Whether this seeker already has an open inquiry about this store. */
  async hasOpen(manager: EntityManager, vacantStoreId: string, seekerUserId: string): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM store_inquiry WHERE vacant_store_id = $1 AND seeker_user_id = $2 AND status = 'open'`, [
      vacantStoreId,
      seekerUserId,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** A message, and the thread's last activity moved to it. */
  async insertMessage(manager: EntityManager, values: { inquiryId: string; senderUserId: string; senderSide: StoreInquirySide; body: string }): Promise<{ id: string; createdAt: Date }> {
    const [row] = (await manager.query(
      `INSERT INTO store_inquiry_message (inquiry_id, sender_user_id, sender_side, body) VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
      [values.inquiryId, values.senderUserId, values.senderSide, values.body],
    )) as { id: string; created_at: Date }[];
    if (!row) throw new Error('store_inquiry_message insert returned no id');
    await manager.query(`UPDATE store_inquiry SET last_message_at = $2, updated_at = now() WHERE id = $1`, [values.inquiryId, row.created_at]);
    return { id: row.id, createdAt: row.created_at };
  }

  /** One inquiry with the caller's membership of the store's organization; `lock` holds the inquiry for the transaction. */
  async find(manager: EntityManager | null, id: string, userId: string | null, options: { lock?: boolean } = {}): Promise<InquiryRecord | null> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT ${INQUIRY_COLUMNS}, ${MY_ROLE('$2::uuid')} FROM ${INQUIRY_FROM} WHERE i.id = $1 ${options.lock ? 'FOR UPDATE OF i' : ''}`,
      [id, userId],
    )) as InquiryRow[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The inquiry a store was let to, if any (at most one: store_inquiry_let_uq). */
  async findLetOfStore(manager: EntityManager, vacantStoreId: string, options: { lock?: boolean } = {}): Promise<InquiryRecord | null> {
    const rows = (await manager.query(
      `SELECT ${INQUIRY_COLUMNS}, NULL AS my_role FROM ${INQUIRY_FROM}
       WHERE i.vacant_store_id = $1 AND i.status IN ('let', 'seeker-confirmed', 'disputed', 'matched') ${options.lock ? 'FOR UPDATE OF i' : ''}`,
      [vacantStoreId],
    )) as InquiryRow[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async changeStatus(manager: EntityManager, id: string, change: InquiryChange): Promise<void> {
    const sets = ['status = $2', 'updated_at = now()'];
    const params: unknown[] = [id, change.status];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (change.letAt) set('let_at', change.letAt);
    if (change.seekerConfirmedAt !== undefined) set('seeker_confirmed_at', change.seekerConfirmedAt);
    if (change.seekerDisputedAt !== undefined) set('seeker_disputed_at', change.seekerDisputedAt);
    if (change.matchConfirmedAt) set('match_confirmed_at', change.matchConfirmedAt);
    if (change.closedReason) {
      set('closed_reason', change.closedReason);
      sets.push('closed_at = now()');
    }
    await manager.query(`UPDATE store_inquiry SET ${sets.join(', ')} WHERE id = $1`, params);
  }

  async setQuietAskRound(manager: EntityManager, id: string, round: number): Promise<void> {
    await manager.query(`UPDATE store_inquiry SET quiet_ask_round = $2 WHERE id = $1`, [id, round]);
  }

  /** Ends every open inquiry of a store; returns what the follow-up mails of each need to be cancelled. */
  async closeOpenOfStore(manager: EntityManager, vacantStoreId: string, reason: StoreInquiryClosedReason): Promise<{ id: string; seekerUserId: string; quietAskRound: number }[]> {
    const rows = (await manager.query(
      `UPDATE store_inquiry SET status = 'closed', closed_reason = $2, closed_at = now(), updated_at = now()
       WHERE vacant_store_id = $1 AND status = 'open'
       RETURNING id, seeker_user_id, quiet_ask_round`,
      [vacantStoreId, reason],
    )) as [{ id: string; seeker_user_id: string; quiet_ask_round: number }[], number];
    return rows[0].map((row) => ({ id: row.id, seekerUserId: row.seeker_user_id, quietAskRound: row.quiet_ask_round }));
  }

  /** Inquiries I sent, and those about my organizations' stores: the latest activity first. */
  async listForUser(userId: string, page: number, pageSize: number): Promise<{ rows: InquiryRecord[]; total: number }> {
    const where = `i.seeker_user_id = $1 OR s.organization_id IN (SELECT m.organization_id FROM organization_member m WHERE m.user_id = $1)`;
    return this.page(where, [userId], userId, page, pageSize);
  }

  /** The inquiries about one store (the owner side's view of it), the latest activity first. */
  async listForStore(vacantStoreId: string, userId: string, page: number, pageSize: number): Promise<{ rows: InquiryRecord[]; total: number }> {
    return this.page(`i.vacant_store_id = $1`, [vacantStoreId], userId, page, pageSize);
  }

  private async page(where: string, params: unknown[], userId: string, page: number, pageSize: number): Promise<{ rows: InquiryRecord[]; total: number }> {
    const manager = this.dataSource.manager;
    const [count] = (await manager.query(`SELECT count(*)::int AS total FROM ${INQUIRY_FROM} WHERE ${where}`, params)) as { total: number }[];
    const total = count?.total ?? 0;
    if (total === 0 || (page - 1) * pageSize >= total) return { rows: [], total };
    const n = params.length;
    const rows = (await manager.query(
      `SELECT ${INQUIRY_COLUMNS}, ${MY_ROLE(`$${n + 1}::uuid`)} FROM ${INQUIRY_FROM} WHERE ${where}
       ORDER BY i.last_message_at DESC, i.id LIMIT $${n + 2} OFFSET $${n + 3}`,
      [...params, userId, pageSize, (page - 1) * pageSize],
    )) as InquiryRow[];
    return { rows: rows.map(toRecord), total };
  }

  /** A thread's messages, oldest first. */
  async messages(inquiryId: string, page: number, pageSize: number): Promise<{ rows: MessageRecord[]; total: number }> {
    const manager = this.dataSource.manager;
    const [count] = (await manager.query(`SELECT count(*)::int AS total FROM store_inquiry_message WHERE inquiry_id = $1`, [inquiryId])) as { total: number }[];
    const total = count?.total ?? 0;
    if (total === 0 || (page - 1) * pageSize >= total) return { rows: [], total };
    const rows = (await manager.query(
      `SELECT msg.id, msg.sender_user_id, msg.sender_side, u.display_name AS sender_name, msg.body, msg.created_at
       FROM store_inquiry_message msg JOIN user_account u ON u.id = msg.sender_user_id
       WHERE msg.inquiry_id = $1 ORDER BY msg.created_at, msg.id LIMIT $2 OFFSET $3`,
      [inquiryId, pageSize, (page - 1) * pageSize],
    )) as { id: string; sender_user_id: string; sender_side: StoreInquirySide; sender_name: string; body: string; created_at: Date }[];
    return {
      rows: rows.map((r) => ({ id: r.id, senderUserId: r.sender_user_id, senderSide: r.sender_side, senderName: r.sender_name, body: r.body, createdAt: r.created_at })),
      total,
    };
  }

  async message(manager: EntityManager, id: string): Promise<MessageRecord> {
    const [row] = (await manager.query(
      `SELECT msg.id, msg.sender_user_id, msg.sender_side, u.display_name AS sender_name, msg.body, msg.created_at
       FROM store_inquiry_message msg JOIN user_account u ON u.id = msg.sender_user_id WHERE msg.id = $1`,
      [id],
    )) as { id: string; sender_user_id: string; sender_side: StoreInquirySide; sender_name: string; body: string; created_at: Date }[];
    if (!row) throw new Error(`store_inquiry_message ${id} not found`);
    return { id: row.id, senderUserId: row.sender_user_id, senderSide: row.sender_side, senderName: row.sender_name, body: row.body, createdAt: row.created_at };
  }

  /** A person who can be mailed: an active account (a deleted or disabled one is mailed nothing). */
  async activeParty(manager: EntityManager, userId: string): Promise<Party | null> {
    const [row] = (await manager.query(`SELECT ${PARTY_COLUMNS} FROM user_account u WHERE u.id = $1 AND u.status = 'active'`, [userId])) as PartyRow[];
    return row ? toParty(row) : null;
  }

  /** The owner side to mail: the organization's members with an active account. */
  async activeMembers(manager: EntityManager, organizationId: string): Promise<Party[]> {
    const rows = (await manager.query(
      `SELECT ${PARTY_COLUMNS} FROM organization_member m JOIN user_account u ON u.id = m.user_id
       WHERE m.organization_id = $1 AND u.status = 'active' ORDER BY m.created_at, u.id`,
      [organizationId],
    )) as PartyRow[];
    return rows.map(toParty);
  }

  /** Every member, whatever their account's state: whose scheduled mails to cancel. */
  async memberIds(manager: EntityManager, organizationId: string): Promise<string[]> {
    const rows = (await manager.query(`SELECT user_id FROM organization_member WHERE organization_id = $1`, [organizationId])) as { user_id: string }[];
    return rows.map((row) => row.user_id);
  }

  /** Stores let through the platform: those awaiting staff first, then the rest by the latest let. */
  async matches(status: StoreInquiryStatus | undefined, page: number, pageSize: number): Promise<{ rows: MatchRecord[]; total: number }> {
    const where = status ? `i.status = $1` : `i.status IN ('let', 'seeker-confirmed', 'disputed', 'matched')`;
    const params: unknown[] = status ? [status] : [];
    const [count] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM store_inquiry i WHERE ${where}`, params)) as { total: number }[];
    const total = count?.total ?? 0;
    if (total === 0 || (page - 1) * pageSize >= total) return { rows: [], total };
    const rows = await this.matchRows(
      this.dataSource.manager,
      `${where} ORDER BY (i.status = 'seeker-confirmed') DESC, (i.status = 'matched'), i.let_at DESC, i.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { rows, total };
  }

  /** The match of one store, if it was let through the platform. */
  async matchOfStore(manager: EntityManager, vacantStoreId: string): Promise<MatchRecord | null> {
    const [row] = await this.matchRows(manager, `i.vacant_store_id = $1 AND i.status IN ('let', 'seeker-confirmed', 'disputed', 'matched')`, [vacantStoreId]);
    return row ?? null;
  }

  private async matchRows(manager: EntityManager, whereAndRest: string, params: unknown[]): Promise<MatchRecord[]> {
    const rows = (await manager.query(
      `SELECT i.id AS inquiry_id, i.vacant_store_id, s.title AS store_title, s.status AS store_status, o.name AS organization_name,
              u.display_name AS seeker_name, i.planned_business, i.status, i.let_at, i.seeker_confirmed_at, i.seeker_disputed_at, i.match_confirmed_at
       FROM ${INQUIRY_FROM} WHERE ${whereAndRest}`,
      params,
    )) as {
      inquiry_id: string;
      vacant_store_id: string;
      store_title: string;
      store_status: VacantStoreStatus;
      organization_name: string;
      seeker_name: string;
      planned_business: string;
      status: StoreInquiryStatus;
      let_at: Date;
      seeker_confirmed_at: Date | null;
      seeker_disputed_at: Date | null;
      match_confirmed_at: Date | null;
    }[];
    return rows.map((r) => ({
      inquiryId: r.inquiry_id,
      vacantStoreId: r.vacant_store_id,
      storeTitle: r.store_title,
      storeStatus: r.store_status,
      organizationName: r.organization_name,
      seekerName: r.seeker_name,
      plannedBusiness: r.planned_business,
      status: r.status,
      letAt: r.let_at,
      seekerConfirmedAt: r.seeker_confirmed_at,
      seekerDisputedAt: r.seeker_disputed_at,
      matchConfirmedAt: r.match_confirmed_at,
    }));
  }

  /** Matches staff confirmed within [start, end): 空き店舗の活用件数 of a fiscal year. */
  async countConfirmedMatches(start: Date, end: Date): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM store_inquiry WHERE status = 'matched' AND match_confirmed_at >= $1 AND match_confirmed_at < $2`,
      [start, end],
    )) as { n: number }[];
    return row?.n ?? 0;
  }
}
