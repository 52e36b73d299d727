import { VACANT_STORE_RENEWAL_REMINDER_DAYS } from './vacant-store';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the platform writes to the parties of a listing without being asked: the outcome is
 * reported afterwards, so the platform follows up a thread that went quiet, reminds the seeker to
 * confirm a let, and reminds the owner before the registration lapses.
 */

/** Days without a message after which both parties of an open inquiry are asked how it ended. */
export const STORE_INQUIRY_QUIET_DAYS = 30;

/** Days after the owner's let after which a seeker who has not answered is reminded once. */
export const STORE_LET_CONFIRMATION_REMINDER_DAYS = 14;

/** The instant a thread whose last message is this one counts as quiet. */
export function storeInquiryQuietAskAt(lastMessageAt: Date): Date {
  return new Date(lastMessageAt.getTime() + STORE_INQUIRY_QUIET_DAYS * DAY_MS);
}

export function storeLetConfirmationReminderAt(letAt: Date): Date {
  return new Date(letAt.getTime() + STORE_LET_CONFIRMATION_REMINDER_DAYS * DAY_MS);
}

/**
 * The owner's reminders before a registration lapses (60 and 30 days before), each with the instant
 * it is due. One already past when the store is published (never, for a 3-year registration) is left out.
 */
export function vacantStoreRenewalReminders(expiresAt: Date, now: Date = new Date()): { daysBefore: number; sendAt: Date }[] {
  return VACANT_STORE_RENEWAL_REMINDER_DAYS.map((daysBefore) => ({ daysBefore, sendAt: new Date(expiresAt.getTime() - daysBefore * DAY_MS) })).filter(
    (reminder) => reminder.sendAt.getTime() > now.getTime(),
  );
}
