import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SavedSearchAlert, SavedSearchKind, VacantStoreSearchCriteriaView } from '@asaka/contracts';

export interface SavedSearchRecord {
  id: string;
  userId: string;
  kind: SavedSearchKind;
  name: string;
  criteria: VacantStoreSearchCriteriaView;
  alert: SavedSearchAlert;
  createdAt: Date;
  updatedAt: Date;
}

interface SavedSearchRow {
  id: string;
  user_id: string;
  kind: SavedSearchKind;
  name: string;
  criteria: VacantStoreSearchCriteriaView;
  alert: SavedSearchAlert;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, user_id, kind, name, criteria, alert, created_at, updated_at';

const toRecord = (row: SavedSearchRow): SavedSearchRecord => ({
  id: row.id,
  userId: row.user_id,
  kind: row.kind,
  name: row.name,
  criteria: row.criteria,
  alert: row.alert,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** A person's own saved searches: every statement is scoped to the owner, so another person's id finds nothing. */
@Injectable()
export class SavedSearchesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Serialises one person's "count, then insert" so that two saves at once cannot pass the limit
   * together (a transaction-scoped advisory lock: nothing else waits on it).
   */
  async lockOwner(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('saved-search:' || $1::text, 0))`, [userId]);
  }

  async countOwned(manager: EntityManager, userId: string): Promise<number> {
    const [row] = (await manager.query(`SELECT count(*)::int AS n FROM saved_search WHERE user_id = $1`, [userId])) as { n: number }[];
    return row?.n ?? 0;
  }

  async insert(
    manager: EntityManager,
    values: { userId: string; kind: SavedSearchKind; name: string; criteria: VacantStoreSearchCriteriaView; alert: SavedSearchAlert },
  ): Promise<SavedSearchRecord> {
    const [row] = (await manager.query(
      `INSERT INTO saved_search (user_id, kind, name, criteria, alert) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [values.userId, values.kind, values.name, JSON.stringify(values.criteria), values.alert],
    )) as SavedSearchRow[];
    if (!row) throw new Error('saved_search insert returned no row');
    return toRecord(row);
  }

  async listOwned(userId: string, kind: SavedSearchKind | undefined): Promise<SavedSearchRecord[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM saved_search WHERE user_id = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY created_at DESC, id`,
      [userId, kind ?? null],
    )) as SavedSearchRow[];
    return rows.map(toRecord);
  }

  async findOwned(manager: EntityManager, id: string, userId: string): Promise<SavedSearchRecord | null> {
    const rows = (await manager.query(`SELECT ${COLUMNS} FROM saved_search WHERE id = $1 AND user_id = $2 FOR UPDATE`, [id, userId])) as SavedSearchRow[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async update(manager: EntityManager, id: string, values: { name: string; criteria: VacantStoreSearchCriteriaView; alert: SavedSearchAlert }): Promise<SavedSearchRecord> {
    const [rows] = (await manager.query(
      `UPDATE saved_search SET name = $2, criteria = $3, alert = $4, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, values.name, JSON.stringify(values.criteria), values.alert],
    )) as [SavedSearchRow[], number];
    const row = rows[0];
    if (!row) throw new Error('saved_search update found no row');
    return toRecord(row);
  }

  /** Matches nobody was told about yet are dropped when alerts are turned off, so turning them on later does not mail old news. */
  async dropPendingHits(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM saved_search_hit WHERE saved_search_id = $1 AND notified_at IS NULL`, [id]);
  }

  async deleteOwned(id: string, userId: string): Promise<boolean> {
    const [, count] = (await this.dataSource.query(`DELETE FROM saved_search WHERE id = $1 AND user_id = $2`, [id, userId])) as [unknown, number];
    return count > 0;
  }
}
