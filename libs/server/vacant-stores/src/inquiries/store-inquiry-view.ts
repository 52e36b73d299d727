import { canPostStoreInquiryMessage, nextVacantStoreStatus, storeInquiryActions, toJapanIso } from '@asaka/domain';
import type { StoreInquiryClosedReason, StoreInquirySide, StoreInquiryStatus } from '@asaka/domain';
import type { StoreInquiry, StoreInquiryMessage } from '@asaka/contracts';
import { isStaff } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import type { InquiryRecord, MessageRecord } from './store-inquiries.repository';

/**
 * The caller's side of a thread, or null for anyone else (who then gets 404). The owner side is a
 * member of the owning organization, or staff for a store registered at the counter on the owner's
 * behalf (staff then act for the owner, as everywhere in this context, and are audited). Staff
 * have no other business in a conversation: the city does not negotiate.
 */
export function sideOf(record: InquiryRecord, principal: Principal): StoreInquirySide | null {
  if (record.seekerUserId === principal.userId) return 'seeker';
  if (record.myRole !== null || (isStaff(principal) && record.storeOnBehalf)) return 'owner';
  return null;
}

/** The owner side acting without being a member: staff for a store registered on the owner's behalf. */
export function actsOnBehalf(record: InquiryRecord, side: StoreInquirySide): boolean {
  return side === 'owner' && record.myRole === null;
}

/** A thread whose seeker deleted their account is over, whatever it was when they left. */
export function effectiveStatus(record: InquiryRecord): { status: StoreInquiryStatus; closedReason: StoreInquiryClosedReason | null } {
  if (record.seekerLeft && record.status === 'open') return { status: 'closed', closedReason: 'seeker-left' };
  return { status: record.status, closedReason: record.closedReason };
}

const iso = (value: Date | null) => value && toJapanIso(value);

export function inquiryView(record: InquiryRecord, side: StoreInquirySide): StoreInquiry {
  const { status, closedReason } = effectiveStatus(record);
  // Marking the let also moves the store, so it is offered only while the store can be let.
  const actions = storeInquiryActions(status, side).filter((action) => action !== 'mark-let' || nextVacantStoreStatus(record.storeStatus, 'mark-let', 'owner') !== null);
  return {
    id: record.id,
    vacantStoreId: record.vacantStoreId,
    storeTitle: record.storeTitle,
    storeStatus: record.storeStatus,
    plannedBusiness: record.plannedBusiness,
    status,
    closedReason,
    mySide: side,
    otherPartyName: side === 'seeker' ? record.organizationName : record.seekerName,
    letAt: iso(record.letAt),
    seekerConfirmedAt: iso(record.seekerConfirmedAt),
    seekerDisputedAt: iso(record.seekerDisputedAt),
    matchConfirmedAt: iso(record.matchConfirmedAt),
    closedAt: iso(record.closedAt),
    lastMessageAt: toJapanIso(record.lastMessageAt),
    createdAt: toJapanIso(record.createdAt),
    actions,
    canPostMessage: canPostStoreInquiryMessage(status),
  };
}

export function messageView(message: MessageRecord, principal: Principal): StoreInquiryMessage {
  return {
    id: message.id,
    side: message.senderSide,
    senderName: message.senderName,
    mine: message.senderUserId === principal.userId,
    body: message.body,
    createdAt: toJapanIso(message.createdAt),
  };
}
