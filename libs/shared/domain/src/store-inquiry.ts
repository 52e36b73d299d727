import { fiscalYearOf } from './fiscal-year';
import type { VacantStoreAction, VacantStoreStatus } from './vacant-store';

/**
 * An inquiry about a vacant store and the outcome it leads to (plan 1-1 「空き店舗の活用件数」).
 * The city does not negotiate: the seeker and the owner talk in a thread. When the owner marks the
 * store let to one inquiry, that inquiry's seeker confirms (or disputes) it, and staff then confirm
 * the match. Only what staff confirm counts, in the fiscal year of their confirmation.
 *
 *   open ──mark-let (owner)──▶ let ──confirm-let (seeker)──▶ seeker-confirmed ──confirm-match (staff)──▶ matched
 *     │                          └──dispute-let (seeker)──▶ disputed ◀──dispute-let──┘
 *     └──close (either side, or the store ending)──▶ closed
 */
export const STORE_INQUIRY_STATUSES = ['open', 'let', 'seeker-confirmed', 'disputed', 'matched', 'closed'] as const;
export type StoreInquiryStatus = (typeof STORE_INQUIRY_STATUSES)[number];

export const STORE_INQUIRY_ACTIONS = ['mark-let', 'confirm-let', 'dispute-let', 'confirm-match', 'close'] as const;
export type StoreInquiryAction = (typeof STORE_INQUIRY_ACTIONS)[number];

/** The two parties of a thread: the person looking for a store, and the owning organization's side. */
export type StoreInquirySide = 'seeker' | 'owner';
export type StoreInquiryActor = StoreInquirySide | 'staff';

/** Why an inquiry ended without (or before) a let: shown to both parties. */
export const STORE_INQUIRY_CLOSED_REASONS = ['ended-by-seeker', 'ended-by-owner', 'let-to-another', 'store-withdrawn', 'store-closed', 'seeker-left'] as const;
export type StoreInquiryClosedReason = (typeof STORE_INQUIRY_CLOSED_REASONS)[number];

/** The statuses of the one inquiry a store was let to; a store has at most one inquiry in these. */
export const STORE_INQUIRY_LET_STATUSES = ['let', 'seeker-confirmed', 'disputed', 'matched'] as const satisfies readonly StoreInquiryStatus[];

interface Move {
  from: readonly StoreInquiryStatus[];
  to: StoreInquiryStatus;
  by: readonly StoreInquiryActor[];
}

const MOVES: Record<StoreInquiryAction, Move> = {
  // The owner says who took the store; the store itself moves published → let at the same time.
  'mark-let': { from: ['open'], to: 'let', by: ['owner'] },
  // The seeker may change their answer until staff have confirmed (a mis-click, or a late signature).
  'confirm-let': { from: ['let', 'disputed'], to: 'seeker-confirmed', by: ['seeker'] },
  'dispute-let': { from: ['let', 'seeker-confirmed'], to: 'disputed', by: ['seeker'] },
  // Staff confirm only what both parties said: the owner's let and the seeker's confirmation.
  'confirm-match': { from: ['seeker-confirmed'], to: 'matched', by: ['staff'] },
  // Either party ends a conversation that led nowhere (the answer to "how did it end?").
  close: { from: ['open'], to: 'closed', by: ['seeker', 'owner'] },
};

/** The actions this actor may take on an inquiry in this status, in a stable order. */
export function storeInquiryActions(status: StoreInquiryStatus, actor: StoreInquiryActor): StoreInquiryAction[] {
  return STORE_INQUIRY_ACTIONS.filter((action) => MOVES[action].from.includes(status) && MOVES[action].by.includes(actor));
}

/** Who may ever take an action: anyone else is refused whatever the status. */
export function storeInquiryActionActors(action: StoreInquiryAction): readonly StoreInquiryActor[] {
  return MOVES[action].by;
}

/** The status after the action, or null when the move is not allowed (→ 409 INVALID_TRANSITION). */
export function nextStoreInquiryStatus(status: StoreInquiryStatus, action: StoreInquiryAction, actor: StoreInquiryActor): StoreInquiryStatus | null {
  return storeInquiryActions(status, actor).includes(action) ? MOVES[action].to : null;
}

/** The two parties keep talking after a let (keys, contract dates); a closed thread takes no more messages. */
export function canPostStoreInquiryMessage(status: StoreInquiryStatus): boolean {
  return status !== 'closed';
}

/** An inquiry waits for an outcome only while it is open; that is when a quiet thread is followed up. */
export function isStoreInquiryAwaitingOutcome(status: StoreInquiryStatus): boolean {
  return status === 'open';
}

/**
 * The outcome is final once staff confirmed; before that a store marked let can still go wrong, but
 * it is the store that is let: a let, closed store is where a match may be confirmed.
 */
export function canConfirmStoreMatch(storeStatus: VacantStoreStatus, inquiryStatus: StoreInquiryStatus): boolean {
  return (storeStatus === 'let' || storeStatus === 'closed') && nextStoreInquiryStatus(inquiryStatus, 'confirm-match', 'staff') !== null;
}

/**
 * What a move of the store does to its inquiries that are still open: letting it to one inquiry
 * ends the others, and a store that is withdrawn or closed ends every open conversation.
 */
export function inquiryClosureForStoreMove(action: VacantStoreAction): StoreInquiryClosedReason | null {
  switch (action) {
    case 'mark-let':
      return 'let-to-another';
    case 'withdraw':
      return 'store-withdrawn';
    case 'close':
      return 'store-closed';
    default:
      return null;
  }
}

/** A listing that was let, closed or withdrawn needs no more renewal reminders. */
export function storeMoveEndsRenewalReminders(action: VacantStoreAction): boolean {
  return action === 'mark-let' || action === 'close' || action === 'withdraw';
}

/** The indicator counts matches staff confirmed, nothing else. */
export function countsAsStoreMatch(status: StoreInquiryStatus): boolean {
  return status === 'matched';
}

/** A confirmed match counts in the Japanese fiscal year (April–March) in which staff confirmed it. */
export function storeMatchFiscalYear(matchConfirmedAt: Date): number {
  return fiscalYearOf(matchConfirmedAt);
}
