import type { z } from 'zod';
import type { EmailTemplate } from '@asaka/notifications';
import { eventCancelledEmail } from './emails/event-cancelled.email';
import { eventChangedEmail } from './emails/event-changed.email';
import { eventPromotedEmail } from './emails/event-promoted.email';
import { eventRegisteredEmail } from './emails/event-registered.email';
import { eventRegistrationCancelledEmail } from './emails/event-registration-cancelled.email';
import { eventReminderEmail } from './emails/event-reminder.email';
import { eventWaitlistedEmail } from './emails/event-waitlisted.email';

/** The mails this context sends; registered by its API module and its worker module alike. */
export const eventEmails: EmailTemplate<z.ZodType>[] = [
  eventRegisteredEmail,
  eventWaitlistedEmail,
  eventPromotedEmail,
  eventRegistrationCancelledEmail,
  eventReminderEmail,
  eventCancelledEmail,
  eventChangedEmail,
];
