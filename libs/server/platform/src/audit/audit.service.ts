import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { toJapanIso } from '@asaka/domain';
import type { AuditEventPage, AuditQuery } from '@asaka/contracts';
import type { Principal } from '../auth/access';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
}

const SECRET_KEYS = /password|token|secret|session|hash/i;

/** Drops any field whose name suggests a secret, however deep: the audit log must never hold one. */
function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !SECRET_KEYS.test(key)).map(([key, v]) => [key, scrub(v)]));
  }
  return value;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records an action in the caller's transaction, so the log and the change commit together. */
  async record(manager: EntityManager, actor: Principal | null, entry: AuditEntry, ipAddress?: string): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (actor_user_id, action, target_type, target_id, old_value, new_value, ip_address)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        actor?.userId ?? null,
        entry.action,
        entry.targetType,
        entry.targetId ?? null,
        entry.oldValue === undefined ? null : JSON.stringify(scrub(entry.oldValue)),
        entry.newValue === undefined ? null : JSON.stringify(scrub(entry.newValue)),
        ipAddress ?? null,
      ],
    );
  }

  /** Staff reading another person's personal data leave a trace. */
  recordRead(actor: Principal, targetType: string, targetId: string | null, detail?: unknown): Promise<void> {
    return this.record(this.dataSource.manager, actor, { action: 'personal-data.read', targetType, targetId, newValue: detail });
  }

  async list(query: AuditQuery): Promise<AuditEventPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.actorUserId) add('e.actor_user_id = ?', query.actorUserId);
    if (query.action) add('e.action = ?', query.action);
    if (query.targetType) add('e.target_type = ?', query.targetType);
    if (query.targetId) add('e.target_id = ?', query.targetId);
    if (query.from) add('e.at >= ?', new Date(query.from));
    if (query.to) add('e.at < ?', new Date(query.to));
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [count] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM audit_event e ${clause}`, params)) as { total: number }[];
    const rows: {
      id: string;
      at: Date;
      actor_user_id: string | null;
      display_name: string | null;
      action: string;
      target_type: string;
      target_id: string | null;
      old_value: unknown;
      new_value: unknown;
    }[] = await this.dataSource.query(
      `SELECT e.id, e.at, e.actor_user_id, u.display_name, e.action, e.target_type, e.target_id, e.old_value, e.new_value
       FROM audit_event e LEFT JOIN user_account u ON u.id = e.actor_user_id
       ${clause}
       ORDER BY e.at DESC, e.id DESC
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      items: rows.map((r) => ({
        id: String(r.id),
        at: toJapanIso(new Date(r.at)),
        actorUserId: r.actor_user_id,
        actorDisplayName: r.display_name,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        oldValue: r.old_value,
        newValue: r.new_value,
      })),
      total: count?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
