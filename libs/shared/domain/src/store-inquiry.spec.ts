import {
  canConfirmStoreMatch,
  canPostStoreInquiryMessage,
  countsAsStoreMatch,
  inquiryClosureForStoreMove,
  isStoreInquiryAwaitingOutcome,
  nextStoreInquiryStatus,
  STORE_INQUIRY_ACTIONS,
  STORE_INQUIRY_LET_STATUSES,
  STORE_INQUIRY_STATUSES,
  storeInquiryActionActors,
  storeInquiryActions,
  storeMatchFiscalYear,
  storeMoveEndsRenewalReminders,
} from './store-inquiry';
import {
  STORE_INQUIRY_QUIET_DAYS,
  storeInquiryQuietAskAt,
  storeLetConfirmationReminderAt,
  vacantStoreRenewalReminders,
} from './store-inquiry-reminders';
import { toJapanIso } from './japan-time';

describe('store inquiry outcome chain', () => {
  it('walks the path that counts: owner marks let → seeker confirms → staff confirm the match', () => {
    expect(nextStoreInquiryStatus('open', 'mark-let', 'owner')).toBe('let');
    expect(nextStoreInquiryStatus('let', 'confirm-let', 'seeker')).toBe('seeker-confirmed');
    expect(nextStoreInquiryStatus('seeker-confirmed', 'confirm-match', 'staff')).toBe('matched');
    expect(countsAsStoreMatch('matched')).toBe(true);
  });

  it('counts nothing staff have not confirmed', () => {
    for (const status of STORE_INQUIRY_STATUSES.filter((s) => s !== 'matched')) expect({ status, counts: countsAsStoreMatch(status) }).toEqual({ status, counts: false });
  });

  it('lets staff confirm only after the seeker confirmed, never straight after the owner’s let', () => {
    expect(nextStoreInquiryStatus('let', 'confirm-match', 'staff')).toBeNull();
    expect(nextStoreInquiryStatus('disputed', 'confirm-match', 'staff')).toBeNull();
    expect(nextStoreInquiryStatus('open', 'confirm-match', 'staff')).toBeNull();
  });

  it('lets the seeker dispute the owner’s let and change their answer until staff confirmed', () => {
    expect(nextStoreInquiryStatus('let', 'dispute-let', 'seeker')).toBe('disputed');
    expect(nextStoreInquiryStatus('disputed', 'confirm-let', 'seeker')).toBe('seeker-confirmed');
    expect(nextStoreInquiryStatus('seeker-confirmed', 'dispute-let', 'seeker')).toBe('disputed');
    expect(nextStoreInquiryStatus('matched', 'dispute-let', 'seeker')).toBeNull();
    expect(nextStoreInquiryStatus('matched', 'confirm-let', 'seeker')).toBeNull();
  });

  it('keeps each move to its side: the owner cannot confirm for the seeker, nor the seeker mark the let', () => {
    expect(nextStoreInquiryStatus('let', 'confirm-let', 'owner')).toBeNull();
    expect(nextStoreInquiryStatus('open', 'mark-let', 'seeker')).toBeNull();
    expect(nextStoreInquiryStatus('open', 'mark-let', 'staff')).toBeNull();
    expect(nextStoreInquiryStatus('seeker-confirmed', 'confirm-match', 'owner')).toBeNull();
    expect(storeInquiryActionActors('confirm-match')).toEqual(['staff']);
    expect(storeInquiryActionActors('close')).toEqual(['seeker', 'owner']);
  });

  it('lets either party end an open conversation, and nothing else once it is closed', () => {
    expect(nextStoreInquiryStatus('open', 'close', 'seeker')).toBe('closed');
    expect(nextStoreInquiryStatus('open', 'close', 'owner')).toBe('closed');
    expect(nextStoreInquiryStatus('let', 'close', 'owner')).toBeNull();
    for (const actor of ['seeker', 'owner', 'staff'] as const) expect(storeInquiryActions('closed', actor)).toEqual([]);
  });

  it('offers each side exactly its buttons', () => {
    expect(storeInquiryActions('open', 'seeker')).toEqual(['close']);
    expect(storeInquiryActions('open', 'owner')).toEqual(['mark-let', 'close']);
    expect(storeInquiryActions('let', 'seeker')).toEqual(['confirm-let', 'dispute-let']);
    expect(storeInquiryActions('let', 'owner')).toEqual([]);
    expect(storeInquiryActions('seeker-confirmed', 'staff')).toEqual(['confirm-match']);
    // Every action is reachable from some status by some actor.
    const reachable = new Set(STORE_INQUIRY_STATUSES.flatMap((s) => (['seeker', 'owner', 'staff'] as const).flatMap((a) => storeInquiryActions(s, a))));
    expect([...reachable].sort()).toEqual([...STORE_INQUIRY_ACTIONS].sort());
  });

  it('treats every status after a let as the one let of its store', () => {
    expect(STORE_INQUIRY_LET_STATUSES).toEqual(['let', 'seeker-confirmed', 'disputed', 'matched']);
  });

  it('keeps the thread open for messages until it is closed, and follows up only open inquiries', () => {
    expect(canPostStoreInquiryMessage('open')).toBe(true);
    expect(canPostStoreInquiryMessage('matched')).toBe(true);
    expect(canPostStoreInquiryMessage('closed')).toBe(false);
    expect(isStoreInquiryAwaitingOutcome('open')).toBe(true);
    expect(isStoreInquiryAwaitingOutcome('let')).toBe(false);
  });

  it('confirms a match only on a store that was let (and possibly closed since)', () => {
    expect(canConfirmStoreMatch('let', 'seeker-confirmed')).toBe(true);
    expect(canConfirmStoreMatch('closed', 'seeker-confirmed')).toBe(true);
    expect(canConfirmStoreMatch('published', 'seeker-confirmed')).toBe(false);
    expect(canConfirmStoreMatch('let', 'let')).toBe(false);
  });

  it('ends the store’s open conversations when it is let, withdrawn or closed, and stops its renewal reminders', () => {
    expect(inquiryClosureForStoreMove('mark-let')).toBe('let-to-another');
    expect(inquiryClosureForStoreMove('withdraw')).toBe('store-withdrawn');
    expect(inquiryClosureForStoreMove('close')).toBe('store-closed');
    expect(inquiryClosureForStoreMove('publish')).toBeNull();
    expect(inquiryClosureForStoreMove('reopen')).toBeNull();
    expect(storeMoveEndsRenewalReminders('withdraw')).toBe(true);
    expect(storeMoveEndsRenewalReminders('mark-let')).toBe(true);
    expect(storeMoveEndsRenewalReminders('publish')).toBe(false);
  });

  it('counts a match in the fiscal year of the staff confirmation (April–March, Japan time)', () => {
    expect(storeMatchFiscalYear(new Date('2027-03-31T23:59:59+09:00'))).toBe(2026);
    expect(storeMatchFiscalYear(new Date('2027-04-01T00:00:00+09:00'))).toBe(2027);
  });
});

describe('store inquiry reminders', () => {
  it('asks how a thread ended 30 days after its last message', () => {
    expect(STORE_INQUIRY_QUIET_DAYS).toBe(30);
    expect(toJapanIso(storeInquiryQuietAskAt(new Date('2026-05-10T09:15:00+09:00')))).toBe('2026-06-09T09:15:00+09:00');
  });

  it('reminds the seeker to confirm a let two weeks later', () => {
    expect(toJapanIso(storeLetConfirmationReminderAt(new Date('2026-05-10T09:15:00+09:00')))).toBe('2026-05-24T09:15:00+09:00');
  });

  it('reminds the owner 60 and 30 days before the registration lapses, leaving out a date already past', () => {
    const expiresAt = new Date('2029-06-01T10:00:00+09:00');
    expect(vacantStoreRenewalReminders(expiresAt, new Date('2026-06-01T10:00:00+09:00')).map((r) => [r.daysBefore, toJapanIso(r.sendAt)])).toEqual([
      [60, '2029-04-02T10:00:00+09:00'],
      [30, '2029-05-02T10:00:00+09:00'],
    ]);
    expect(vacantStoreRenewalReminders(expiresAt, new Date('2029-04-20T10:00:00+09:00')).map((r) => r.daysBefore)).toEqual([30]);
  });
});
