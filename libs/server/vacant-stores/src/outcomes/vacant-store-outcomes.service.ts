import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  canConfirmStoreMatch,
  fiscalYearOf,
  isVacantStorePublic,
  nextStoreInquiryStatus,
  nextVacantStoreStatus,
  storeMatchFiscalYear,
  toJapanIso,
} from '@asaka/domain';
import type { StoreInquiryStatus } from '@asaka/domain';
import type { StoreMatch, StoreMatchListQuery, StoreMatchPage, StoreMatchStats, StoreMatchStatsQuery, VacantStore } from '@asaka/contracts';
import { AuditService, CommonErrors } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { StoreInquiriesRepository } from '../inquiries/store-inquiries.repository';
import type { MatchRecord } from '../inquiries/store-inquiries.repository';
import { StoreInquiriesService } from '../inquiries/store-inquiries.service';
import { StoreInquiryErrors } from '../inquiries/store-inquiries.errors';
import { StoreInquiryMails } from '../inquiries/store-inquiry-mails';
import { effectiveStatus } from '../inquiries/store-inquiry-view';
import { VacantStoreErrors } from '../vacant-stores.errors';
import { VacantStoresRepository } from '../vacant-stores.repository';
import { actorsFor, VacantStoresService } from '../vacant-stores.service';
import { StoreOutcomeEffects } from './store-outcome-effects';
import { VacantStoreKpi } from './vacant-store-kpi';

type LetStatus = Exclude<StoreInquiryStatus, 'open' | 'closed'>;

function matchView(record: MatchRecord): StoreMatch {
  return {
    vacantStoreId: record.vacantStoreId,
    storeTitle: record.storeTitle,
    storeStatus: record.storeStatus,
    organizationName: record.organizationName,
    inquiryId: record.inquiryId,
    seekerName: record.seekerName,
    plannedBusiness: record.plannedBusiness,
    status: record.status as LetStatus,
    letAt: toJapanIso(record.letAt),
    seekerConfirmedAt: record.seekerConfirmedAt && toJapanIso(record.seekerConfirmedAt),
    seekerDisputedAt: record.seekerDisputedAt && toJapanIso(record.seekerDisputedAt),
    matchConfirmedAt: record.matchConfirmedAt && toJapanIso(record.matchConfirmedAt),
    fiscalYear: record.matchConfirmedAt && storeMatchFiscalYear(record.matchConfirmedAt),
    canConfirm: canConfirmStoreMatch(record.storeStatus, record.status),
  };
}

/**
 * The outcome of a listing (plan 1-1): the owner marks it let to one inquiry, that seeker confirms,
 * staff confirm the match, which then counts for 「空き店舗の活用件数」. The city does not negotiate:
 * it counts only what both parties said and staff confirmed.
 */
@Injectable()
export class VacantStoreOutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stores: VacantStoresRepository,
    private readonly storesService: VacantStoresService,
    private readonly inquiries: StoreInquiriesRepository,
    private readonly inquiriesService: StoreInquiriesService,
    private readonly mails: StoreInquiryMails,
    private readonly effects: StoreOutcomeEffects,
    private readonly audit: AuditService,
    private readonly kpi: VacantStoreKpi,
  ) {}

  /**
   * The owner side marks a published store let to one of its open inquiries: the store moves to
   * let, the other conversations end, and the chosen seeker is asked to confirm.
   */
  async markLet(principal: Principal, vacantStoreId: string, inquiryId: string): Promise<VacantStore> {
    await this.dataSource.transaction(async (manager) => {
      const store = await this.stores.find(manager, vacantStoreId, principal.userId, { lock: true });
      if (!store) throw CommonErrors.NOT_FOUND();
      const actors = actorsFor(store, principal);
      if (actors.length === 0 && !isVacantStorePublic(store.status, store.expiresAt)) throw CommonErrors.NOT_FOUND();
      if (!actors.includes('owner')) throw CommonErrors.FORBIDDEN();
      if (!nextVacantStoreStatus(store.status, 'mark-let', 'owner')) throw VacantStoreErrors.INVALID_TRANSITION({ status: store.status, action: 'mark-let' });
      const inquiry = await this.inquiries.find(manager, inquiryId, principal.userId, { lock: true });
      if (!inquiry || inquiry.vacantStoreId !== vacantStoreId) throw CommonErrors.NOT_FOUND();
      const { status } = effectiveStatus(inquiry);
      if (!nextStoreInquiryStatus(status, 'mark-let', 'owner')) throw StoreInquiryErrors.INVALID_TRANSITION({ status, action: 'mark-let' });

      const letAt = new Date();
      await this.stores.changeStatus(manager, vacantStoreId, { status: 'let' });
      await this.inquiries.changeStatus(manager, inquiryId, { status: 'let', letAt });
      await this.inquiriesService.cancelQuietAsks(manager, inquiry);
      await this.effects.afterStoreMove(manager, store, 'mark-let', store.expiresAt);
      const seeker = await this.inquiries.activeParty(manager, inquiry.seekerUserId);
      if (seeker) await this.mails.letToSeeker(manager, inquiry, seeker, letAt);
      if (store.myRole === null) {
        await this.audit.record(manager, principal, {
          action: 'vacant-store.mark-let',
          targetType: 'vacant-store',
          targetId: vacantStoreId,
          oldValue: { status: store.status },
          newValue: { status: 'let', inquiryId },
        });
      }
    });
    return this.storesService.get(principal, vacantStoreId);
  }

  /**
   * Staff confirm the match of a let store whose seeker confirmed: it counts for the fiscal year of
   * this confirmation. Anything earlier in the chain is 409 INVALID_TRANSITION.
   */
  async confirmMatch(principal: Principal, vacantStoreId: string): Promise<StoreMatch> {
    await this.dataSource.transaction(async (manager) => {
      const store = await this.stores.find(manager, vacantStoreId, principal.userId, { lock: true });
      if (!store) throw CommonErrors.NOT_FOUND();
      const inquiry = await this.inquiries.findLetOfStore(manager, vacantStoreId, { lock: true });
      if (!inquiry || !canConfirmStoreMatch(store.status, inquiry.status)) {
        throw VacantStoreErrors.INVALID_TRANSITION({ status: store.status, inquiryStatus: inquiry?.status ?? null, action: 'confirm-match' });
      }
      const matchConfirmedAt = new Date();
      await this.inquiries.changeStatus(manager, inquiry.id, { status: 'matched', matchConfirmedAt });
      await this.audit.record(manager, principal, {
        action: 'vacant-store.match-confirmed',
        targetType: 'vacant-store',
        targetId: vacantStoreId,
        oldValue: { inquiryId: inquiry.id, inquiryStatus: inquiry.status },
        newValue: { inquiryId: inquiry.id, inquiryStatus: 'matched', fiscalYear: storeMatchFiscalYear(matchConfirmedAt) },
      });
    });
    const match = await this.inquiries.matchOfStore(this.dataSource.manager, vacantStoreId);
    if (!match) throw CommonErrors.NOT_FOUND();
    return matchView(match);
  }

  /** Stores let through the platform, those waiting for staff first. */
  async matches(query: StoreMatchListQuery): Promise<StoreMatchPage> {
    const { rows, total } = await this.inquiries.matches(query.status, query.page, query.pageSize);
    return { items: rows.map((row) => matchView(row)), total, page: query.page, pageSize: query.pageSize };
  }

  /** 空き店舗の活用件数 of a fiscal year (the current one by default). */
  async stats(query: StoreMatchStatsQuery): Promise<StoreMatchStats> {
    const fiscalYear = query.fiscalYear ?? fiscalYearOf(new Date());
    return { fiscalYear, confirmedMatches: await this.kpi.confirmedMatchesByFiscalYear(fiscalYear) };
  }
}
