import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  isVacantStoreEditable,
  isVacantStorePublic,
  nextVacantStoreStatus,
  squareMetresToTsubo,
  toJapanIso,
  vacantStoreActionActors,
  vacantStoreActions,
  vacantStoreDeclarationsComplete,
  vacantStoreExpiry,
  vacantStoreMonthlyTotalYen,
} from '@asaka/domain';
import type { VacantStoreActor } from '@asaka/domain';
import { VACANT_STORE_API_ACTIONS, vacantStorePhotoThumbnailUrl } from '@asaka/contracts';
import type {
  CreateVacantStoreInput,
  UpdateVacantStore,
  VacantStore as VacantStoreView,
  VacantStoreActionName,
  VacantStoreListQuery,
  VacantStorePage,
  VacantStorePhoto,
  VacantStoreSearch,
  VacantStoreSummary,
} from '@asaka/contracts';
import { AuditService, CommonErrors, isStaff } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { photoView } from './photos/photo-view';
import { VacantStorePhotosRepository } from './photos/vacant-store-photos.repository';
import { SavedSearchAlerts } from './saved-searches/saved-search-alerts';
import { PublicSearchCache } from './public-search-cache';
import { StoreOutcomeEffects } from './outcomes/store-outcome-effects';
import { VacantStoreErrors } from './vacant-stores.errors';
import { ListingValues, StatusChange, StoreRecord, VacantStoresRepository } from './vacant-stores.repository';

const nfkc = (value: string) => value.normalize('NFKC');
const nfkcOrNull = (value: string | null) => (value === null ? null : nfkc(value));

/** Free text is stored NFKC-folded (全角英数→半角, 半角カナ→全角), so what is shown is what is searched. */
function normalizeListing(listing: ListingValues): ListingValues {
  return {
    ...listing,
    title: nfkc(listing.title),
    district: nfkc(listing.district),
    streetAddress: nfkc(listing.streetAddress),
    floor: nfkc(listing.floor),
    previousUse: nfkcOrNull(listing.previousUse),
    restrictions: nfkcOrNull(listing.restrictions),
    description: nfkc(listing.description),
  };
}

/**
 * Who the caller is towards this listing. The owner side is a member of the owning organization,
 * or staff for a listing registered at the counter with the owner's consent (staff then act for the
 * owner). Staff may moderate any listing.
 */
export function actorsFor(record: StoreRecord, principal: Principal | null): VacantStoreActor[] {
  const actors: VacantStoreActor[] = [];
  if (record.myRole !== null || (isStaff(principal) && record.ownerConsent !== null)) actors.push('owner');
  if (isStaff(principal)) actors.push('staff');
  return actors;
}

function summary(record: StoreRecord): VacantStoreSummary {
  return {
    id: record.id,
    organizationId: record.organizationId,
    organizationName: record.organizationName,
    title: record.title,
    district: record.district,
    latitude: record.latitude,
    longitude: record.longitude,
    distanceKm: record.distanceKm === null ? null : Math.round(record.distanceKm * 100) / 100,
    station: record.station,
    walkMinutes: record.walkMinutes,
    floorAreaSquareMetres: record.floorAreaSquareMetres,
    floorAreaTsubo: squareMetresToTsubo(record.floorAreaSquareMetres),
    floor: record.floor,
    monthlyRentYen: record.monthlyRentYen,
    commonChargesYen: record.commonChargesYen,
    monthlyTotalYen: vacantStoreMonthlyTotalYen(record.monthlyRentYen, record.commonChargesYen),
    contractType: record.contractType,
    fixturesRemain: record.fixturesRemain,
    allowedUses: record.allowedUses,
    availableFrom: record.availableFrom,
    status: record.status,
    rejectionReason: record.rejectionReason,
    submittedAt: record.submittedAt && toJapanIso(record.submittedAt),
    publishedAt: record.publishedAt && toJapanIso(record.publishedAt),
    expiresAt: record.expiresAt && toJapanIso(record.expiresAt),
    updatedAt: toJapanIso(record.updatedAt),
    coverPhotoUrl: record.coverPhotoId === null ? null : vacantStorePhotoThumbnailUrl(record.id, record.coverPhotoId),
  };
}

function view(record: StoreRecord, principal: Principal | null, photos: VacantStorePhoto[]): VacantStoreView {
  const offered = new Set(actorsFor(record, principal).flatMap((actor) => vacantStoreActions(record.status, actor)));
  return {
    ...summary(record),
    coverPhotoUrl: photos[0]?.thumbnailUrl ?? null,
    streetAddress: record.streetAddress,
    depositYen: record.depositYen,
    keyMoneyYen: record.keyMoneyYen,
    previousUse: record.previousUse,
    restrictions: record.restrictions,
    description: record.description,
    declarations: record.declarations,
    registeredOnBehalf: record.ownerConsent !== null,
    photos,
    createdAt: toJapanIso(record.createdAt),
    // Every move of the domain is served (mark-let through POST /:id/matched, which names the inquiry).
    actions: VACANT_STORE_API_ACTIONS.filter((action) => offered.has(action)),
  };
}

function listingOf(record: StoreRecord): ListingValues {
  return {
    title: record.title,
    district: record.district,
    streetAddress: record.streetAddress,
    latitude: record.latitude,
    longitude: record.longitude,
    station: record.station,
    walkMinutes: record.walkMinutes,
    floorAreaSquareMetres: record.floorAreaSquareMetres,
    floor: record.floor,
    monthlyRentYen: record.monthlyRentYen,
    commonChargesYen: record.commonChargesYen,
    depositYen: record.depositYen,
    keyMoneyYen: record.keyMoneyYen,
    contractType: record.contractType,
    previousUse: record.previousUse,
    fixturesRemain: record.fixturesRemain,
    allowedUses: record.allowedUses,
    restrictions: record.restrictions,
    availableFrom: record.availableFrom,
    description: record.description,
    declarations: record.declarations,
  };
}

@Injectable()
export class VacantStoresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stores: VacantStoresRepository,
    private readonly audit: AuditService,
    private readonly photos: VacantStorePhotosRepository,
    private readonly savedSearchAlerts: SavedSearchAlerts,
    private readonly searchCache: PublicSearchCache,
    private readonly outcomes: StoreOutcomeEffects,
  ) {}

  /**
   * A new draft for an organization the caller is a member of. Staff may register one for any
   * organization at the counter, recording the owner's consent; others learn nothing about an
   * organization that is not theirs (404).
   */
  async create(principal: Principal, input: CreateVacantStoreInput): Promise<VacantStoreView> {
    const { organizationId, ownerConsent, ...listing } = input;
    const id = await this.dataSource.transaction(async (manager) => {
      const membership = await this.stores.membership(manager, organizationId, principal.userId);
      const onBehalf = membership.role === null;
      if (!membership.exists || (onBehalf && !isStaff(principal))) throw CommonErrors.NOT_FOUND();
      if (onBehalf && !ownerConsent) throw VacantStoreErrors.OWNER_CONSENT_REQUIRED();
      const consent = onBehalf && ownerConsent ? ownerConsent : null;
      const storeId = await this.stores.insert(manager, { organizationId, ownerConsent: consent, listing: normalizeListing(listing) });
      if (consent) {
        await this.audit.record(manager, principal, { action: 'vacant-store.registered-on-behalf', targetType: 'vacant-store', targetId: storeId, newValue: { organizationId, consent } });
      }
      return storeId;
    });
    return this.get(principal, id);
  }

  /** Published listings for anyone; any status for the owner side; any for staff (a non-public read is audited). */
  async get(principal: Principal | null, id: string): Promise<VacantStoreView> {
    const record = await this.stores.find(null, id, principal?.userId ?? null);
    if (!record) throw CommonErrors.NOT_FOUND();
    const photos = async () => (await this.photos.list(null, id)).map((photo) => photoView(id, photo));
    if (isVacantStorePublic(record.status, record.expiresAt)) return view(record, principal, await photos());
    const actors = actorsFor(record, principal);
    if (actors.length === 0) throw CommonErrors.NOT_FOUND();
    if (principal && !actors.includes('owner')) await this.audit.recordRead(principal, 'vacant-store', id, { status: record.status });
    return view(record, principal, await photos());
  }

  /** The owner side corrects a draft or a rejected listing; once under review or published it is frozen. */
  async update(principal: Principal, id: string, patch: UpdateVacantStore): Promise<VacantStoreView> {
    await this.dataSource.transaction(async (manager) => {
      const record = await this.stores.find(manager, id, principal.userId, { lock: true });
      const actors = record ? actorsFor(record, principal) : [];
      if (!record || actors.length === 0) throw CommonErrors.NOT_FOUND();
      if (!actors.includes('owner')) throw CommonErrors.FORBIDDEN();
      if (!isVacantStoreEditable(record.status)) throw VacantStoreErrors.NOT_EDITABLE();
      const before = listingOf(record);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<ListingValues>;
      await this.stores.updateListing(manager, id, normalizeListing({ ...before, ...defined }));
      if (record.myRole === null) {
        await this.audit.record(manager, principal, { action: 'vacant-store.updated-on-behalf', targetType: 'vacant-store', targetId: id, newValue: defined });
      }
    });
    return this.get(principal, id);
  }

  /**
   * A move of the review flow. The domain decides who may make it from which status: a caller who
   * could never make this move is refused (403), a move from the wrong status is a 409
   * INVALID_TRANSITION. Staff moves are audited with the old and new status.
   */
  async transition(principal: Principal, id: string, action: VacantStoreActionName, reason?: string): Promise<VacantStoreView> {
    await this.dataSource.transaction(async (manager) => {
      const record = await this.stores.find(manager, id, principal.userId, { lock: true });
      if (!record) throw CommonErrors.NOT_FOUND();
      const actors = actorsFor(record, principal);
      // Someone who cannot see the listing learns nothing about it; one who can but may not act is refused.
      if (actors.length === 0 && !isVacantStorePublic(record.status, record.expiresAt)) throw CommonErrors.NOT_FOUND();
      const entitled = actors.filter((actor) => vacantStoreActionActors(action).includes(actor));
      if (entitled.length === 0) throw CommonErrors.FORBIDDEN();
      const actor = entitled.find((candidate) => nextVacantStoreStatus(record.status, action, candidate) !== null);
      const next = actor && nextVacantStoreStatus(record.status, action, actor);
      if (!actor || !next) throw VacantStoreErrors.INVALID_TRANSITION({ status: record.status, action });

      const now = new Date();
      const change: StatusChange = { status: next };
      if (action === 'submit') {
        if (!vacantStoreDeclarationsComplete(record.declarations)) throw VacantStoreErrors.DECLARATIONS_REQUIRED();
        Object.assign(change, { submittedAt: now, rejectionReason: null });
      }
      if (action === 'publish') Object.assign(change, { publishedAt: now, expiresAt: vacantStoreExpiry(now) });
      if (action === 'reject') change.rejectionReason = reason ?? null;
      await this.stores.changeStatus(manager, id, change);
      // Saved searches that match hear of it (hits, immediate alert mails) in this same transaction.
      if (action === 'publish') await this.savedSearchAlerts.storePublished(manager, id);
      // Renewal reminders on publication; a let, withdrawn or closed store ends its conversations and reminders.
      await this.outcomes.afterStoreMove(manager, record, action, change.expiresAt ?? record.expiresAt);
      if (actor === 'staff' || record.myRole === null) {
        await this.audit.record(manager, principal, {
          action: `vacant-store.${action}`,
          targetType: 'vacant-store',
          targetId: id,
          oldValue: { status: record.status },
          newValue: { status: next, ...(action === 'reject' ? { reason } : {}) },
        });
      }
    });
    return this.get(principal, id);
  }

  /** Listings of the caller's organizations, in any status. */
  async mine(principal: Principal, query: VacantStoreListQuery): Promise<VacantStorePage> {
    const { rows, total } = await this.stores.listForMember(principal.userId, query.page, query.pageSize);
    return { items: rows.map(summary), total, page: query.page, pageSize: query.pageSize };
  }

  /** What staff have to review, the longest-waiting first. */
  async reviewQueue(query: VacantStoreListQuery): Promise<VacantStorePage> {
    const { rows, total } = await this.stores.reviewQueue(query.page, query.pageSize);
    return { items: rows.map(summary), total, page: query.page, pageSize: query.pageSize };
  }

  /** The public search; the same for everyone, so pages are shared until the listings change. */
  async search(query: VacantStoreSearch): Promise<VacantStorePage> {
    return this.searchCache.page(query, async () => {
      const { rows, total } = await this.stores.search(query);
      return { items: rows.map(summary), total, page: query.page, pageSize: query.pageSize };
    });
  }
}
