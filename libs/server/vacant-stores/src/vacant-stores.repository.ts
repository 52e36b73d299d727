import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { boundingBox, EARTH_MEAN_RADIUS_KM, normalizeSearchText, parseSearchQuery, searchBigrams } from '@asaka/domain';
import type { VacantStoreContractType, VacantStoreStation, VacantStoreStatus, VacantStoreUse } from '@asaka/domain';
import type { VacantStoreSearch } from '@asaka/contracts';
import { coverPhotoIds } from './photos/vacant-store-photos.repository';
import type { StoredOwnerConsent } from './vacant-store.entity';

/** What an owner writes: every editable field, already NFKC-normalised by the service. */
export interface ListingValues {
  title: string;
  district: string;
  streetAddress: string;
  latitude: number | null;
  longitude: number | null;
  station: VacantStoreStation;
  walkMinutes: number;
  floorAreaSquareMetres: number;
  floor: string;
  monthlyRentYen: number;
  commonChargesYen: number;
  depositYen: number;
  keyMoneyYen: number;
  contractType: VacantStoreContractType;
  previousUse: string | null;
  fixturesRemain: boolean;
  allowedUses: VacantStoreUse[];
  restrictions: string | null;
  availableFrom: string | null;
  description: string;
  declarations: { noOrganizedCrimeTies: boolean; noCityTaxArrears: boolean };
}

export interface StoreRecord extends ListingValues {
  id: string;
  organizationId: string;
  organizationName: string;
  ownerConsent: StoredOwnerConsent | null;
  status: VacantStoreStatus;
  rejectionReason: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
  expiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The caller's membership of the owning organization. */
  myRole: 'owner' | 'member' | null;
  /** From the search's `near` point, km; null without one. */
  distanceKm: number | null;
  /** The first photo's id: filled in for pages of listings (one query per page), null otherwise and without photos. */
  coverPhotoId: string | null;
}

export interface StatusChange {
  status: VacantStoreStatus;
  rejectionReason?: string | null;
  submittedAt?: Date;
  publishedAt?: Date;
  expiresAt?: Date;
}

interface StoreRow {
  id: string;
  organization_id: string;
  organization_name: string;
  owner_consent: StoredOwnerConsent | null;
  title: string;
  district: string;
  street_address: string;
  latitude: number | null;
  longitude: number | null;
  station: VacantStoreStation;
  walk_minutes: number;
  floor_area_square_metres: number;
  floor: string;
  monthly_rent_yen: number;
  common_charges_yen: number;
  deposit_yen: number;
  key_money_yen: number;
  contract_type: VacantStoreContractType;
  previous_use: string | null;
  fixtures_remain: boolean;
  allowed_uses: VacantStoreUse[];
  restrictions: string | null;
  available_from: string | null;
  description: string;
  declares_no_organized_crime_ties: boolean;
  declares_no_city_tax_arrears: boolean;
  status: VacantStoreStatus;
  rejection_reason: string | null;
  submitted_at: Date | null;
  published_at: Date | null;
  expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
  my_role: 'owner' | 'member' | null;
  distance_km?: number | null;
}

// Numeric and date columns are cast so that node-postgres hands back numbers and YYYY-MM-DD strings.
const COLUMNS = `s.id, s.organization_id, o.name AS organization_name, s.owner_consent, s.title, s.district,
  s.street_address, s.latitude, s.longitude, s.station, s.walk_minutes, s.floor_area_square_metres::float8 AS floor_area_square_metres,
  s.floor, s.monthly_rent_yen, s.common_charges_yen, s.deposit_yen, s.key_money_yen, s.contract_type, s.previous_use, s.fixtures_remain,
  s.allowed_uses, s.restrictions, s.available_from::text AS available_from, s.description, s.declares_no_organized_crime_ties,
  s.declares_no_city_tax_arrears, s.status, s.rejection_reason, s.submitted_at, s.published_at, s.expires_at, s.created_at, s.updated_at`;

const MY_ROLE = (userParam: string) => `(SELECT m.role FROM organization_member m WHERE m.organization_id = s.organization_id AND m.user_id = ${userParam}) AS my_role`;

function toRecord(row: StoreRow): StoreRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    ownerConsent: row.owner_consent,
    title: row.title,
    district: row.district,
    streetAddress: row.street_address,
    latitude: row.latitude,
    longitude: row.longitude,
    station: row.station,
    walkMinutes: row.walk_minutes,
    floorAreaSquareMetres: Number(row.floor_area_square_metres),
    floor: row.floor,
    monthlyRentYen: row.monthly_rent_yen,
    commonChargesYen: row.common_charges_yen,
    depositYen: row.deposit_yen,
    keyMoneyYen: row.key_money_yen,
    contractType: row.contract_type,
    previousUse: row.previous_use,
    fixturesRemain: row.fixtures_remain,
    allowedUses: row.allowed_uses,
    restrictions: row.restrictions,
    availableFrom: row.available_from,
    description: row.description,
    declarations: { noOrganizedCrimeTies: row.declares_no_organized_crime_ties, noCityTaxArrears: row.declares_no_city_tax_arrears },
    status: row.status,
    rejectionReason: row.rejection_reason,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    myRole: row.my_role ?? null,
    distanceKm: row.distance_km ?? null,
    coverPhotoId: null,
  };
}

/** What the public search runs on: the folded text of the listing and its bigrams. */
export function searchColumns(listing: Pick<ListingValues, 'title' | 'district' | 'previousUse' | 'description'>): { searchText: string; searchBigrams: string[] } {
  const searchText = normalizeSearchText([listing.title, listing.district, listing.previousUse ?? '', listing.description].join(' '));
  return { searchText, searchBigrams: searchBigrams(searchText) };
}

/** A word matched with LIKE: its own %, _ and \ are literal. */
export function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function listingParams(listing: ListingValues): unknown[] {
  const { searchText, searchBigrams: bigrams } = searchColumns(listing);
  return [
    listing.title,
    listing.district,
    listing.streetAddress,
    listing.latitude,
    listing.longitude,
    listing.station,
    listing.walkMinutes,
    listing.floorAreaSquareMetres,
    listing.floor,
    listing.monthlyRentYen,
    listing.commonChargesYen,
    listing.depositYen,
    listing.keyMoneyYen,
    listing.contractType,
    listing.previousUse,
    listing.fixturesRemain,
    listing.allowedUses,
    listing.restrictions,
    listing.availableFrom,
    listing.description,
    listing.declarations.noOrganizedCrimeTies,
    listing.declarations.noCityTaxArrears,
    searchText,
    bigrams,
  ];
}

const LISTING_COLUMNS = `title, district, street_address, latitude, longitude, station, walk_minutes, floor_area_square_metres, floor,
  monthly_rent_yen, common_charges_yen, deposit_yen, key_money_yen, contract_type, previous_use, fixtures_remain, allowed_uses,
  restrictions, available_from, description, declares_no_organized_crime_ties, declares_no_city_tax_arrears, search_text, search_bigrams`;
const LISTING_COLUMN_COUNT = 24;

const ORDER_BY: Record<VacantStoreSearch['sort'], string> = {
  newest: 's.published_at DESC, s.id',
  rent: '(s.monthly_rent_yen + s.common_charges_yen), s.published_at DESC, s.id',
  area: 's.floor_area_square_metres DESC, s.published_at DESC, s.id',
  distance: 'distance_km, s.published_at DESC, s.id',
};

/** Haversine in SQL, the same formula as `distanceKm` in @asaka/domain; $lat and $lng are parameters. */
function distanceSql(latParam: string, lngParam: string): string {
  return `(2 * ${EARTH_MEAN_RADIUS_KM} * asin(least(1, sqrt(
    power(sin(radians(s.latitude - ${latParam}) / 2), 2)
    + cos(radians(${latParam})) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - ${lngParam}) / 2), 2)))))`;
}

/**
 * The public search: published and valid listings only. Free text is matched in two steps: the
 * GIN index on `search_bigrams` finds rows holding every bigram of the query (`@>`), then the
 * folded text must contain each word (bigrams alone lose their order). One-character words have
 * no bigram and are matched by the text alone.
 */
function searchFilter(query: VacantStoreSearch): { where: string; params: unknown[]; orderBy: string; distance: string | null } {
  const where = [`s.status = 'published'`, `s.expires_at > now()`];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const add = (sql: string, value: unknown) => where.push(sql.replace('?', param(value)));
  if (query.q) {
    const { words, bigrams } = parseSearchQuery(query.q);
    if (bigrams.length > 0) add('s.search_bigrams @> ?::text[]', bigrams);
    for (const word of words) add(`s.search_text LIKE '%' || ? || '%'`, escapeLike(word));
  }
  if (query.station) add('s.station = ?', query.station);
  if (query.minArea !== undefined) add('s.floor_area_square_metres >= ?', query.minArea);
  if (query.maxArea !== undefined) add('s.floor_area_square_metres <= ?', query.maxArea);
  if (query.maxRent !== undefined) add('s.monthly_rent_yen + s.common_charges_yen <= ?', query.maxRent);
  if (query.use) add('s.allowed_uses @> ARRAY[?]::text[]', query.use);
  let distance: string | null = null;
  if (query.near) {
    // The box narrows rows with plain comparisons; the exact distance then decides.
    const box = boundingBox(query.near, query.near.km);
    where.push(`s.latitude BETWEEN ${param(box.south)}::float8 AND ${param(box.north)}::float8`);
    where.push(`s.longitude BETWEEN ${param(box.west)}::float8 AND ${param(box.east)}::float8`);
    distance = distanceSql(`${param(query.near.latitude)}::float8`, `${param(query.near.longitude)}::float8`);
    add(`${distance} <= ?::float8`, query.near.km);
  }
  return { where: where.join(' AND '), params, orderBy: ORDER_BY[query.sort], distance };
}

function pageStatement(where: string, paramCount: number, orderBy: string, userParam: string | null, distance: string | null = null): string {
  return `SELECT ${COLUMNS}, ${userParam ? MY_ROLE(userParam) : 'NULL AS my_role'}, ${distance ?? 'NULL::float8'} AS distance_km
       FROM vacant_store s JOIN organization o ON o.id = s.organization_id
       WHERE ${where}
       ORDER BY ${orderBy}
       LIMIT $${paramCount + 1} OFFSET $${paramCount + 2}`;
}

function countStatement(where: string): string {
  return `SELECT count(*)::int AS total FROM vacant_store s WHERE ${where}`;
}

/** The statements of the public search (one page, and the total), for EXPLAIN in tests and benchmarks. */
export function vacantStoreSearchStatement(query: VacantStoreSearch): { sql: string; params: unknown[]; countSql: string; countParams: unknown[] } {
  const { where, params, orderBy, distance } = searchFilter(query);
  return {
    sql: pageStatement(where, params.length, orderBy, null, distance),
    params: [...params, query.pageSize, (query.page - 1) * query.pageSize],
    countSql: countStatement(where),
    countParams: params,
  };
}

/** The only code that reads or writes the vacant_store table. */
@Injectable()
export class VacantStoresRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the organization exists, and the caller's role in it. */
  async membership(manager: EntityManager, organizationId: string, userId: string): Promise<{ exists: boolean; role: 'owner' | 'member' | null }> {
    const [row] = (await manager.query(
      `SELECT (SELECT m.role FROM organization_member m WHERE m.organization_id = o.id AND m.user_id = $2) AS role FROM organization o WHERE o.id = $1`,
      [organizationId, userId],
    )) as { role: 'owner' | 'member' | null }[];
    return { exists: row !== undefined, role: row?.role ?? null };
  }

  async insert(
    manager: EntityManager,
    values: { organizationId: string; ownerConsent: StoredOwnerConsent | null; listing: ListingValues },
  ): Promise<string> {
    const placeholders = Array.from({ length: LISTING_COLUMN_COUNT }, (_, i) => `$${i + 3}`).join(', ');
    const [row] = (await manager.query(
      `INSERT INTO vacant_store (organization_id, owner_consent, status, ${LISTING_COLUMNS})
       VALUES ($1, $2, 'draft', ${placeholders}) RETURNING id`,
      [values.organizationId, values.ownerConsent === null ? null : JSON.stringify(values.ownerConsent), ...listingParams(values.listing)],
    )) as { id: string }[];
    if (!row) throw new Error('vacant_store insert returned no id');
    return row.id;
  }

  /** One listing with the caller's membership of its organization; `lock` holds it for the transaction. */
  async find(manager: EntityManager | null, id: string, userId: string | null, options: { lock?: boolean } = {}): Promise<StoreRecord | null> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT ${COLUMNS}, ${MY_ROLE('$2::uuid')}
       FROM vacant_store s JOIN organization o ON o.id = s.organization_id
       WHERE s.id = $1 ${options.lock ? 'FOR UPDATE OF s' : ''}`,
      [id, userId],
    )) as StoreRow[];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async updateListing(manager: EntityManager, id: string, listing: ListingValues): Promise<void> {
    const assignments = LISTING_COLUMNS.split(',')
      .map((column, i) => `${column.trim()} = $${i + 2}`)
      .join(', ');
    await manager.query(`UPDATE vacant_store SET ${assignments}, updated_at = now() WHERE id = $1`, [id, ...listingParams(listing)]);
  }

  async changeStatus(manager: EntityManager, id: string, change: StatusChange): Promise<void> {
    const sets = ['status = $2', 'updated_at = now()'];
    const params: unknown[] = [id, change.status];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (change.rejectionReason !== undefined) set('rejection_reason', change.rejectionReason);
    if (change.submittedAt) set('submitted_at', change.submittedAt);
    if (change.publishedAt) set('published_at', change.publishedAt);
    if (change.expiresAt) set('expires_at', change.expiresAt);
    await manager.query(`UPDATE vacant_store SET ${sets.join(', ')} WHERE id = $1`, params);
  }

  /** Listings of every organization the person is a member of, in any status, last changed first. */
  async listForMember(userId: string, page: number, pageSize: number): Promise<{ rows: StoreRecord[]; total: number }> {
    const where = `s.organization_id IN (SELECT m.organization_id FROM organization_member m WHERE m.user_id = $1)`;
    return this.page(where, [userId], 's.updated_at DESC, s.id', page, pageSize, '$1');
  }

  /** Submitted listings, the longest-waiting first. */
  async reviewQueue(page: number, pageSize: number): Promise<{ rows: StoreRecord[]; total: number }> {
    return this.page(`s.status = 'submitted'`, [], 's.submitted_at, s.id', page, pageSize, null);
  }

  /** The public search (see `vacantStoreSearchStatement`). */
  async search(query: VacantStoreSearch): Promise<{ rows: StoreRecord[]; total: number }> {
    const { where, params, orderBy, distance } = searchFilter(query);
    return this.page(where, params, orderBy, query.page, query.pageSize, null, distance);
  }

  private async page(
    where: string,
    params: unknown[],
    orderBy: string,
    page: number,
    pageSize: number,
    userParam: string | null,
    distance: string | null = null,
  ): Promise<{ rows: StoreRecord[]; total: number }> {
    const manager = this.dataSource.manager;
    const [count] = (await manager.query(countStatement(where), params)) as { total: number }[];
    const total = count?.total ?? 0;
    if (total === 0 || (page - 1) * pageSize >= total) return { rows: [], total };
    const rows = (await manager.query(
      pageStatement(where, params.length, orderBy, userParam, distance),
      [...params, pageSize, (page - 1) * pageSize],
    )) as StoreRow[];
    const covers = await coverPhotoIds(manager, rows.map((row) => row.id));
    return { rows: rows.map((row) => ({ ...toRecord(row), coverPhotoId: covers.get(row.id) ?? null })), total };
  }
}
