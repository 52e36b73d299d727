import type { z } from 'zod';
import type { EmailTemplate } from '@asaka/notifications';
import { savedSearchAlertEmail } from './emails/saved-search-alert.email';
import { savedSearchDigestEmail } from './emails/saved-search-digest.email';
import { storeInquiryMessageEmail } from './emails/store-inquiry-message.email';
import { storeInquiryQuietEmail } from './emails/store-inquiry-quiet.email';
import { storeInquiryReceivedEmail } from './emails/store-inquiry-received.email';
import { storeLetConfirmationEmail } from './emails/store-let-confirmation.email';
import { vacantStoreRenewalEmail } from './emails/vacant-store-renewal.email';

/**
 * The mails this context sends; registered by its API module and its worker module alike.
 * Each template lives in `emails/<name>.email.ts(x)` and is added here.
 */
export const vacantStoreEmails: EmailTemplate<z.ZodType>[] = [
  savedSearchAlertEmail,
  savedSearchDigestEmail,
  storeInquiryReceivedEmail,
  storeInquiryMessageEmail,
  storeInquiryQuietEmail,
  storeLetConfirmationEmail,
  vacantStoreRenewalEmail,
];
