import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isStoreInquiryAwaitingOutcome, isVacantStorePublic, nextStoreInquiryStatus, storeInquiryActionActors } from '@asaka/domain';
import type { StoreInquiryAction } from '@asaka/domain';
import { STORE_INQUIRY_MESSAGE_MAX_LENGTH, STORE_INQUIRY_PLANNED_BUSINESS_MAX_LENGTH } from '@asaka/contracts';
import type {
  CreateStoreInquiry,
  PostStoreInquiryMessage,
  StoreInquiry,
  StoreInquiryListQuery,
  StoreInquiryMessage,
  StoreInquiryMessagePage,
  StoreInquiryPage,
} from '@asaka/contracts';
import { AuditService, CommonErrors } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { actorsFor } from '../vacant-stores.service';
import { VacantStoresRepository } from '../vacant-stores.repository';
import { InquiryChange, InquiryRecord, StoreInquiriesRepository, uniqueViolation } from './store-inquiries.repository';
import { StoreInquiryErrors } from './store-inquiries.errors';
import { StoreInquiryMails, ThreadParty } from './store-inquiry-mails';
import { actsOnBehalf, effectiveStatus, inquiryView, messageView, sideOf } from './store-inquiry-view';

/**
 * Text is stored NFKC-folded like the rest of the portal; folding can lengthen a text (㍻ → 平成),
 * so the limit is checked again on what will be stored.
 */
function folded(value: string, max: number, field: string): string {
  const text = value.normalize('NFKC').trim();
  if ([...text].length > max) throw CommonErrors.VALIDATION_FAILED([{ path: field, code: 'too_big', message: `${max}文字以内で入力してください / at most ${max} characters` }]);
  return text;
}

/**
 * Inquiries about vacant stores and their threads. Only the two parties see a thread (the seeker,
 * and the owning organization's side); anyone else gets 404, staff included unless they act for
 * the owner of a store registered on the owner's behalf.
 */
@Injectable()
export class StoreInquiriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stores: VacantStoresRepository,
    private readonly inquiries: StoreInquiriesRepository,
    private readonly mails: StoreInquiryMails,
    private readonly audit: AuditService,
  ) {}

  /**
   * A seeker's inquiry about a published store: its first message is the inquiry text, and the
   * owner side is mailed. A store that is not public does not exist for them (404).
   */
  async create(principal: Principal, vacantStoreId: string, input: CreateStoreInquiry): Promise<StoreInquiry> {
    const plannedBusiness = folded(input.plannedBusiness, STORE_INQUIRY_PLANNED_BUSINESS_MAX_LENGTH, 'plannedBusiness');
    const body = folded(input.message, STORE_INQUIRY_MESSAGE_MAX_LENGTH, 'message');
    const id = await this.dataSource.transaction(async (manager) => {
      // Locked so that a let or a withdrawal of the store cannot slip between the check and the insert.
      const store = await this.stores.find(manager, vacantStoreId, principal.userId, { lock: true });
      if (!store || !isVacantStorePublic(store.status, store.expiresAt)) throw CommonErrors.NOT_FOUND();
      if (actorsFor(store, principal).includes('owner')) throw StoreInquiryErrors.OWN_STORE_INQUIRY();
      if (await this.inquiries.hasOpen(manager, vacantStoreId, principal.userId)) throw StoreInquiryErrors.INQUIRY_EXISTS();
      let inquiryId: string;
      try {
        inquiryId = await this.inquiries.insert(manager, { vacantStoreId, seekerUserId: principal.userId, plannedBusiness });
      } catch (error) {
        if (uniqueViolation(error) === 'store_inquiry_open_uq') throw StoreInquiryErrors.INQUIRY_EXISTS();
        throw error;
      }
      const message = await this.inquiries.insertMessage(manager, { inquiryId, senderUserId: principal.userId, senderSide: 'seeker', body });
      const record = await this.mustFind(manager, inquiryId, principal.userId);
      await this.mails.inquiryReceived(manager, record, await this.inquiries.activeMembers(manager, record.organizationId), body);
      await this.scheduleQuietAsks(manager, record, message.createdAt);
      return inquiryId;
    });
    return this.get(principal, id);
  }

  /** Mine: the inquiries I sent, and those about my organizations' stores, the latest activity first. */
  async list(principal: Principal, query: StoreInquiryListQuery): Promise<StoreInquiryPage> {
    const { rows, total } = await this.inquiries.listForUser(principal.userId, query.page, query.pageSize);
    return { items: rows.map((row) => inquiryView(row, sideOf(row, principal) ?? 'owner')), total, page: query.page, pageSize: query.pageSize };
  }

  /** The inquiries about one store, for its owner side (e.g. to choose whom it was let to). */
  async listForStore(principal: Principal, vacantStoreId: string, query: StoreInquiryListQuery): Promise<StoreInquiryPage> {
    const store = await this.stores.find(null, vacantStoreId, principal.userId);
    if (!store || !actorsFor(store, principal).includes('owner')) throw CommonErrors.NOT_FOUND();
    const { rows, total } = await this.inquiries.listForStore(vacantStoreId, principal.userId, query.page, query.pageSize);
    return { items: rows.map((row) => inquiryView(row, 'owner')), total, page: query.page, pageSize: query.pageSize };
  }

  async get(principal: Principal, id: string): Promise<StoreInquiry> {
    const { record, side } = await this.visible(null, principal, id);
    return inquiryView(record, side);
  }

  /** The thread, oldest first. Staff reading it for an owner leave a trace in the audit log. */
  async messages(principal: Principal, id: string, query: StoreInquiryListQuery): Promise<StoreInquiryMessagePage> {
    const { record, side } = await this.visible(null, principal, id);
    if (actsOnBehalf(record, side)) await this.audit.recordRead(principal, 'store-inquiry', id, { messagesPage: query.page });
    const { rows, total } = await this.inquiries.messages(id, query.page, query.pageSize);
    return { items: rows.map((row) => messageView(row, principal)), total, page: query.page, pageSize: query.pageSize };
  }

  /** A message to the other party, who is mailed; an open thread's follow-up moves 30 days on. */
  async postMessage(principal: Principal, id: string, input: PostStoreInquiryMessage): Promise<StoreInquiryMessage> {
    const body = folded(input.body, STORE_INQUIRY_MESSAGE_MAX_LENGTH, 'body');
    return this.dataSource.transaction(async (manager) => {
      const { record, side } = await this.visible(manager, principal, id, { lock: true });
      const { status } = effectiveStatus(record);
      if (status === 'closed') throw StoreInquiryErrors.INQUIRY_CLOSED();
      const created = await this.inquiries.insertMessage(manager, { inquiryId: id, senderUserId: principal.userId, senderSide: side, body });
      const message = await this.inquiries.message(manager, created.id);
      const parties = await this.parties(manager, record);
      await this.mails.messagePosted(
        manager,
        record,
        parties.filter((party) => party.side !== side),
        message.senderName,
        body,
      );
      if (isStoreInquiryAwaitingOutcome(status)) await this.scheduleQuietAsks(manager, record, created.createdAt, parties);
      if (actsOnBehalf(record, side)) {
        await this.audit.record(manager, principal, { action: 'store-inquiry.message-on-behalf', targetType: 'store-inquiry', targetId: id });
      }
      return messageView(message, principal);
    });
  }

  /**
   * The seeker's answer to the owner's let (confirm-let, dispute-let), or either party ending an
   * open conversation (close). A side that could never make the move is refused (403); a move
   * from the wrong status is 409 INVALID_TRANSITION.
   */
  async move(principal: Principal, id: string, action: Extract<StoreInquiryAction, 'confirm-let' | 'dispute-let' | 'close'>): Promise<StoreInquiry> {
    await this.dataSource.transaction(async (manager) => {
      const { record, side } = await this.visible(manager, principal, id, { lock: true });
      if (!storeInquiryActionActors(action).includes(side)) throw CommonErrors.FORBIDDEN();
      const { status } = effectiveStatus(record);
      const next = nextStoreInquiryStatus(status, action, side);
      if (!next) throw StoreInquiryErrors.INVALID_TRANSITION({ status, action });
      const now = new Date();
      const change: InquiryChange = { status: next };
      if (action === 'confirm-let') Object.assign(change, { seekerConfirmedAt: now, seekerDisputedAt: null });
      if (action === 'dispute-let') Object.assign(change, { seekerDisputedAt: now, seekerConfirmedAt: null });
      if (action === 'close') change.closedReason = side === 'seeker' ? 'ended-by-seeker' : 'ended-by-owner';
      await this.inquiries.changeStatus(manager, id, change);
      if (action === 'close') await this.cancelQuietAsks(manager, record);
      else await this.mails.cancelLetReminder(manager, id);
      if (actsOnBehalf(record, side)) {
        await this.audit.record(manager, principal, { action: `store-inquiry.${action}`, targetType: 'store-inquiry', targetId: id, oldValue: { status }, newValue: { status: next } });
      }
    });
    return this.get(principal, id);
  }

  /** Both parties of a thread that can be mailed: the seeker and the owning organization's members. */
  async parties(manager: EntityManager, record: InquiryRecord): Promise<ThreadParty[]> {
    const seeker = await this.inquiries.activeParty(manager, record.seekerUserId);
    const members = await this.inquiries.activeMembers(manager, record.organizationId);
    return [...(seeker ? [{ ...seeker, side: 'seeker' as const }] : []), ...members.map((member) => ({ ...member, side: 'owner' as const }))];
  }

  /** Cancels the pending "how did it end?" mails of a thread: seeker and every member, past or present round holder. */
  async cancelQuietAsks(manager: EntityManager, inquiry: Pick<InquiryRecord, 'id' | 'seekerUserId' | 'quietAskRound' | 'organizationId'>): Promise<void> {
    const memberIds = await this.inquiries.memberIds(manager, inquiry.organizationId);
    await this.mails.cancelQuietAsks(manager, inquiry.id, inquiry.quietAskRound, [inquiry.seekerUserId, ...memberIds]);
  }

  private async scheduleQuietAsks(manager: EntityManager, record: InquiryRecord, lastMessageAt: Date, known?: ThreadParty[]): Promise<void> {
    const parties = known ?? (await this.parties(manager, record));
    const round = await this.mails.scheduleQuietAsks(manager, record, parties, lastMessageAt);
    if (round !== record.quietAskRound) await this.inquiries.setQuietAskRound(manager, record.id, round);
  }

  /** The inquiry and the caller's side of it; 404 for anyone who is not a party. */
  private async visible(manager: EntityManager | null, principal: Principal, id: string, options: { lock?: boolean } = {}) {
    const record = await this.inquiries.find(manager, id, principal.userId, options);
    const side = record && sideOf(record, principal);
    if (!record || !side) throw CommonErrors.NOT_FOUND();
    return { record, side };
  }

  private async mustFind(manager: EntityManager, id: string, userId: string): Promise<InquiryRecord> {
    const record = await this.inquiries.find(manager, id, userId);
    if (!record) throw new Error(`store_inquiry ${id} vanished inside its own transaction`);
    return record;
  }
}
