import { Injectable } from '@nestjs/common';
import { RECOMMENDATIONS_LIMIT } from '@asaka/contracts';
import type { PutStoreSeekerProfileInput, RecommendedSeekers, RecommendedVacantStores, StoreSeekerProfile } from '@asaka/contracts';
import { scoreStoreForSeeker, squareMetresToTsubo, toJapanIso, vacantStoreMonthlyTotalYen } from '@asaka/domain';
import type { SeekerNeeds, StoreFacts, StoreMatch } from '@asaka/domain';
import { AuditService, CommonErrors, isStaff } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { CandidateStore, RecommendationsRepository } from './recommendations.repository';

const facts = (store: CandidateStore): StoreFacts => ({
  station: store.station,
  walkMinutes: store.walkMinutes,
  areaSquareMetres: store.floorAreaSquareMetres,
  monthlyRentYen: store.monthlyRentYen,
  commonChargesYen: store.commonChargesYen,
  allowedUses: store.allowedUses,
});

/** Whether the needs say anything the score can use (an empty list of stations says nothing). */
function statesAnyNeed(needs: SeekerNeeds): boolean {
  return Boolean(
    needs.stations?.length ||
      needs.uses?.length ||
      needs.maxWalkMinutes !== undefined ||
      needs.monthlyBudgetYen !== undefined ||
      needs.minAreaSquareMetres !== undefined ||
      needs.maxAreaSquareMetres !== undefined,
  );
}

/** Highest score first; a candidate meeting none of the needs (score 0) is no recommendation. */
function ranked<T>(candidates: T[], score: (candidate: T) => StoreMatch): { candidate: T; match: StoreMatch }[] {
  return candidates
    .map((candidate) => ({ candidate, match: score(candidate) }))
    .filter(({ match }) => match.score > 0)
    .sort((a, b) => b.match.score - a.match.score)
    .slice(0, RECOMMENDATIONS_LIMIT);
}

/**
 * Both sides of the matching score (`scoreStoreForSeeker` in @asaka/domain): stores for a seeker
 * from the needs they saved, and seekers for a store's owner among those who allowed it. The
 * candidates come from SQL (public stores / discoverable profiles, newest first, capped), the
 * ranking from the domain. Sorting is stable, so equal scores keep the newest first.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    private readonly recommendations: RecommendationsRepository,
    private readonly audit: AuditService,
  ) {}

  async profile(principal: Principal): Promise<StoreSeekerProfile> {
    const record = await this.recommendations.profile(principal.userId);
    if (!record) return { needs: {}, plannedBusiness: null, discoverable: false, updatedAt: null };
    return { needs: record.needs, plannedBusiness: record.plannedBusiness, discoverable: record.discoverable, updatedAt: toJapanIso(record.updatedAt) };
  }

  async saveProfile(principal: Principal, input: PutStoreSeekerProfileInput): Promise<StoreSeekerProfile> {
    await this.recommendations.saveProfile(principal.userId, { needs: input.needs, plannedBusiness: input.plannedBusiness || null, discoverable: input.discoverable });
    return this.profile(principal);
  }

  /** Public stores ranked against my saved needs; none (and `needsStated: false`) until I saved some. */
  async storesForMe(principal: Principal): Promise<RecommendedVacantStores> {
    const needs = (await this.recommendations.profile(principal.userId))?.needs ?? {};
    if (!statesAnyNeed(needs)) return { items: [], total: 0, page: 1, pageSize: RECOMMENDATIONS_LIMIT, needsStated: false };
    const best = ranked(await this.recommendations.candidateStores(principal.userId), (store) => scoreStoreForSeeker(facts(store), needs));
    const items = best.map(({ candidate: store, match }) => ({
      store: {
        id: store.id,
        title: store.title,
        district: store.district,
        station: store.station,
        walkMinutes: store.walkMinutes,
        floorAreaSquareMetres: store.floorAreaSquareMetres,
        floorAreaTsubo: squareMetresToTsubo(store.floorAreaSquareMetres),
        monthlyRentYen: store.monthlyRentYen,
        commonChargesYen: store.commonChargesYen,
        monthlyTotalYen: vacantStoreMonthlyTotalYen(store.monthlyRentYen, store.commonChargesYen),
        allowedUses: store.allowedUses,
        publishedAt: store.publishedAt && toJapanIso(store.publishedAt),
      },
      score: match.score,
      reasons: match.reasons,
    }));
    return { items, total: items.length, page: 1, pageSize: RECOMMENDATIONS_LIMIT, needsStated: true };
  }

  /**
   * Seekers who allowed owners to find them, ranked for this store. For the store's owner side
   * (members of its organization) and staff (their read of people's profiles is audited); anyone
   * else learns nothing about the store (404). No address or account id is ever shown.
   */
  async seekersForStore(principal: Principal, storeId: string): Promise<RecommendedSeekers> {
    const found = await this.recommendations.storeWithMembership(storeId, principal.userId);
    if (!found || (!found.member && !isStaff(principal))) throw CommonErrors.NOT_FOUND();
    const best = ranked(await this.recommendations.candidateSeekers(found.store.organizationId), (seeker) => scoreStoreForSeeker(facts(found.store), seeker.needs));
    if (!found.member) await this.audit.recordRead(principal, 'vacant-store-seekers', storeId, { seekers: best.length });
    const items = best.map(({ candidate: seeker, match }) => ({
      displayName: seeker.displayName,
      plannedBusiness: seeker.plannedBusiness,
      score: match.score,
      reasons: match.reasons,
      profileUpdatedAt: toJapanIso(seeker.updatedAt),
    }));
    return { items, total: items.length, page: 1, pageSize: RECOMMENDATIONS_LIMIT };
  }
}
