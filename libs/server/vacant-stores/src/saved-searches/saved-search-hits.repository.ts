import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SavedSearchAlert, VacantStoreSearchCriteriaView } from '@asaka/contracts';
import type { Locale, SearchableVacantStore, VacantStoreStation, VacantStoreUse } from '@asaka/domain';

/** A store as alerts and digests need it: what the matcher reads and what a mail shows. */
export interface AlertedStore extends SearchableVacantStore {
  id: string;
  organizationId: string;
  title: string;
  district: string;
  station: VacantStoreStation;
  walkMinutes: number;
  allowedUses: VacantStoreUse[];
  publishedAt: Date | null;
}

interface StoreRow {
  id: string;
  organization_id: string;
  title: string;
  district: string;
  station: VacantStoreStation;
  walk_minutes: number;
  floor_area_square_metres: number;
  monthly_rent_yen: number;
  common_charges_yen: number;
  allowed_uses: VacantStoreUse[];
  search_text: string;
  latitude: number | null;
  longitude: number | null;
  published_at: Date | null;
}

const STORE_COLUMNS = `s.id, s.organization_id, s.title, s.district, s.station, s.walk_minutes,
  s.floor_area_square_metres::float8 AS floor_area_square_metres, s.monthly_rent_yen, s.common_charges_yen, s.allowed_uses,
  s.search_text, s.latitude, s.longitude, s.published_at`;

const toStore = (row: StoreRow): AlertedStore => ({
  id: row.id,
  organizationId: row.organization_id,
  title: row.title,
  district: row.district,
  station: row.station,
  walkMinutes: row.walk_minutes,
  floorAreaSquareMetres: Number(row.floor_area_square_metres),
  monthlyRentYen: row.monthly_rent_yen,
  commonChargesYen: row.common_charges_yen,
  allowedUses: row.allowed_uses,
  searchText: row.search_text,
  latitude: row.latitude,
  longitude: row.longitude,
  publishedAt: row.published_at,
});

/** Who is mailed, in their language. */
export interface Recipient {
  userId: string;
  email: string;
  locale: Locale;
  displayName: string;
}

export interface AlertingSearch {
  id: string;
  name: string;
  criteria: VacantStoreSearchCriteriaView;
  alert: Exclude<SavedSearchAlert, 'off'>;
  recipient: Recipient;
}

export interface PendingHit {
  savedSearchId: string;
  vacantStoreId: string;
  searchName: string;
}

/** The hits of saved searches: recorded when a store is published, consumed by alert mails and the daily digest. */
@Injectable()
export class SavedSearchHitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async store(manager: EntityManager, id: string): Promise<AlertedStore | null> {
    const rows = (await manager.query(`SELECT ${STORE_COLUMNS} FROM vacant_store s WHERE s.id = $1`, [id])) as StoreRow[];
    return rows[0] ? toStore(rows[0]) : null;
  }

  /**
   * The saved searches that may match a newly published store: of active accounts, alerting, not
   * held by a member of the store's own organization, and not ruled out by the filters that compare
   * cheaply on the stored JSON. The caller decides with `vacantStoreMatchesSearch`; this only keeps
   * the rows read small. jsonb comparisons never fail on an odd value (a string sorts below any number).
   */
  async alertingSearches(manager: EntityManager, store: AlertedStore): Promise<AlertingSearch[]> {
    const rows = (await manager.query(
      `SELECT ss.id, ss.name, ss.criteria, ss.alert, u.id AS user_id, u.email, u.locale, u.display_name
       FROM saved_search ss JOIN user_account u ON u.id = ss.user_id
       WHERE ss.kind = 'vacant-store' AND ss.alert <> 'off' AND u.status = 'active'
         AND NOT EXISTS (SELECT 1 FROM organization_member m WHERE m.organization_id = $1 AND m.user_id = ss.user_id)
         AND (ss.criteria->'station' IS NULL OR ss.criteria->>'station' = $2)
         AND (ss.criteria->'use' IS NULL OR ss.criteria->>'use' = ANY($3::text[]))
         AND (ss.criteria->'maxRent' IS NULL OR ss.criteria->'maxRent' >= to_jsonb($4::numeric))
         AND (ss.criteria->'minArea' IS NULL OR ss.criteria->'minArea' <= to_jsonb($5::numeric))
         AND (ss.criteria->'maxArea' IS NULL OR ss.criteria->'maxArea' >= to_jsonb($5::numeric))
       ORDER BY ss.user_id, ss.created_at`,
      [store.organizationId, store.station, store.allowedUses, store.monthlyRentYen + store.commonChargesYen, store.floorAreaSquareMetres],
    )) as { id: string; name: string; criteria: VacantStoreSearchCriteriaView; alert: 'immediate' | 'daily'; user_id: string; email: string; locale: Locale; display_name: string }[];
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      criteria: row.criteria,
      alert: row.alert,
      recipient: { userId: row.user_id, email: row.email, locale: row.locale, displayName: row.display_name },
    }));
  }

  /**
   * Records the hits, none told yet. Returns the searches whose hit is new: a store published again
   * (withdrawn, reopened, reviewed) alerts nobody twice.
   */
  async insertHits(manager: EntityManager, storeId: string, savedSearchIds: string[]): Promise<Set<string>> {
    if (savedSearchIds.length === 0) return new Set();
    const rows = (await manager.query(
      `INSERT INTO saved_search_hit (saved_search_id, vacant_store_id)
       SELECT id, $1 FROM unnest($2::uuid[]) AS id
       ON CONFLICT (saved_search_id, vacant_store_id) DO NOTHING
       RETURNING saved_search_id`,
      [storeId, savedSearchIds],
    )) as { saved_search_id: string }[];
    return new Set(rows.map((row) => row.saved_search_id));
  }

  /** People with hits nobody told them about yet, found before `now`. */
  async peopleWithPendingHits(now: Date): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ss.user_id FROM saved_search_hit h JOIN saved_search ss ON ss.id = h.saved_search_id
       WHERE h.notified_at IS NULL AND h.created_at <= $1 AND ss.alert <> 'off'`,
      [now],
    )) as { user_id: string }[];
    return rows.map((row) => row.user_id);
  }

  /**
   * One person's pending hits, locked for this transaction. SKIP LOCKED: a second digest run at the
   * same moment passes them by instead of mailing them again.
   */
  async lockPendingHits(manager: EntityManager, userId: string, now: Date): Promise<PendingHit[]> {
    const rows = (await manager.query(
      `SELECT h.saved_search_id, h.vacant_store_id, ss.name
       FROM saved_search_hit h JOIN saved_search ss ON ss.id = h.saved_search_id
       WHERE ss.user_id = $1 AND h.notified_at IS NULL AND h.created_at <= $2 AND ss.alert <> 'off'
       ORDER BY ss.created_at, h.created_at
       FOR UPDATE OF h SKIP LOCKED`,
      [userId, now],
    )) as { saved_search_id: string; vacant_store_id: string; name: string }[];
    return rows.map((row) => ({ savedSearchId: row.saved_search_id, vacantStoreId: row.vacant_store_id, searchName: row.name }));
  }

  async recipient(manager: EntityManager, userId: string): Promise<Recipient | null> {
    const rows = (await manager.query(`SELECT id, email, locale, display_name FROM user_account WHERE id = $1 AND status = 'active'`, [userId])) as {
      id: string;
      email: string;
      locale: Locale;
      display_name: string;
    }[];
    const row = rows[0];
    return row ? { userId: row.id, email: row.email, locale: row.locale, displayName: row.display_name } : null;
  }

  /** Those of the stores still public (a store withdrawn since it matched is not mailed), newest first. */
  async publicStores(manager: EntityManager, ids: string[]): Promise<AlertedStore[]> {
    const rows = (await manager.query(
      `SELECT ${STORE_COLUMNS} FROM vacant_store s
       WHERE s.id = ANY($1::uuid[]) AND s.status = 'published' AND s.expires_at > now()
       ORDER BY s.published_at DESC, s.id`,
      [ids],
    )) as StoreRow[];
    return rows.map(toStore);
  }

  async markNotified(manager: EntityManager, hits: Pick<PendingHit, 'savedSearchId' | 'vacantStoreId'>[]): Promise<void> {
    if (hits.length === 0) return;
    await manager.query(
      `UPDATE saved_search_hit h SET notified_at = now()
       FROM unnest($1::uuid[], $2::uuid[]) AS x(saved_search_id, vacant_store_id)
       WHERE h.saved_search_id = x.saved_search_id AND h.vacant_store_id = x.vacant_store_id`,
      [hits.map((hit) => hit.savedSearchId), hits.map((hit) => hit.vacantStoreId)],
    );
  }
}
