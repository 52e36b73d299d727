import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StoreSeekerNeeds } from '@asaka/contracts';
import type { VacantStoreStation, VacantStoreUse } from '@asaka/domain';

/**
 * How many candidates one ranking reads at most. Scoring is a pure function in TypeScript, so the
 * candidates are read in full; the cap keeps one request bounded however large the bank grows
 * (newest stores, most recently updated profiles first).
 */
export const RECOMMENDATION_CANDIDATES = 2_000;

export interface SeekerProfileRecord {
  needs: StoreSeekerNeeds;
  plannedBusiness: string | null;
  discoverable: boolean;
  updatedAt: Date;
}

export interface CandidateStore {
  id: string;
  organizationId: string;
  title: string;
  district: string;
  station: VacantStoreStation;
  walkMinutes: number;
  floorAreaSquareMetres: number;
  monthlyRentYen: number;
  commonChargesYen: number;
  allowedUses: VacantStoreUse[];
  publishedAt: Date | null;
}

export interface CandidateSeeker {
  displayName: string;
  needs: StoreSeekerNeeds;
  plannedBusiness: string | null;
  updatedAt: Date;
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
  published_at: Date | null;
}

const STORE_COLUMNS = `s.id, s.organization_id, s.title, s.district, s.station, s.walk_minutes,
  s.floor_area_square_metres::float8 AS floor_area_square_metres, s.monthly_rent_yen, s.common_charges_yen, s.allowed_uses, s.published_at`;

const toStore = (row: StoreRow): CandidateStore => ({
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
  publishedAt: row.published_at,
});

/** Seeker profiles and the candidates of both rankings. */
@Injectable()
export class RecommendationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async profile(userId: string): Promise<SeekerProfileRecord | null> {
    const rows = (await this.dataSource.query(`SELECT needs, planned_business, discoverable, updated_at FROM store_seeker_profile WHERE user_id = $1`, [userId])) as {
      needs: StoreSeekerNeeds;
      planned_business: string | null;
      discoverable: boolean;
      updated_at: Date;
    }[];
    const row = rows[0];
    return row ? { needs: row.needs, plannedBusiness: row.planned_business, discoverable: row.discoverable, updatedAt: row.updated_at } : null;
  }

  async saveProfile(userId: string, profile: { needs: StoreSeekerNeeds; plannedBusiness: string | null; discoverable: boolean }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO store_seeker_profile (user_id, needs, planned_business, discoverable) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET needs = EXCLUDED.needs, planned_business = EXCLUDED.planned_business,
         discoverable = EXCLUDED.discoverable, updated_at = now()`,
      [userId, JSON.stringify(profile.needs), profile.plannedBusiness, profile.discoverable],
    );
  }

  /** Public stores (published, registration valid), except those of the seeker's own organizations. */
  async candidateStores(userId: string): Promise<CandidateStore[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${STORE_COLUMNS} FROM vacant_store s
       WHERE s.status = 'published' AND s.expires_at > now()
         AND NOT EXISTS (SELECT 1 FROM organization_member m WHERE m.organization_id = s.organization_id AND m.user_id = $1)
       ORDER BY s.published_at DESC, s.id
       LIMIT $2`,
      [userId, RECOMMENDATION_CANDIDATES],
    )) as StoreRow[];
    return rows.map(toStore);
  }

  /** A store in any status, with whether the caller is a member of its organization. */
  async storeWithMembership(storeId: string, userId: string): Promise<{ store: CandidateStore; member: boolean } | null> {
    const rows = (await this.dataSource.query(
      `SELECT ${STORE_COLUMNS},
         EXISTS (SELECT 1 FROM organization_member m WHERE m.organization_id = s.organization_id AND m.user_id = $2) AS member
       FROM vacant_store s WHERE s.id = $1`,
      [storeId, userId],
    )) as (StoreRow & { member: boolean })[];
    const row = rows[0];
    return row ? { store: toStore(row), member: row.member } : null;
  }

  /** Discoverable profiles of active accounts that stated something, except the store's own organization's members. */
  async candidateSeekers(organizationId: string): Promise<CandidateSeeker[]> {
    const rows = (await this.dataSource.query(
      `SELECT u.display_name, p.needs, p.planned_business, p.updated_at
       FROM store_seeker_profile p JOIN user_account u ON u.id = p.user_id
       WHERE p.discoverable AND u.status = 'active' AND p.needs <> '{}'::jsonb
         AND NOT EXISTS (SELECT 1 FROM organization_member m WHERE m.organization_id = $1 AND m.user_id = p.user_id)
       ORDER BY p.updated_at DESC, p.user_id
       LIMIT $2`,
      [organizationId, RECOMMENDATION_CANDIDATES],
    )) as { display_name: string; needs: StoreSeekerNeeds; planned_business: string | null; updated_at: Date }[];
    return rows.map((row) => ({ displayName: row.display_name, needs: row.needs, plannedBusiness: row.planned_business, updatedAt: row.updated_at }));
  }
}
