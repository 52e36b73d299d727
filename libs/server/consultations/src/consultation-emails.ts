import type { z } from 'zod';
import type { EmailTemplate } from '@asaka/notifications';
import { consultationBookedEmail } from './emails/consultation-booked.email';
import { consultationCancelledEmail } from './emails/consultation-cancelled.email';
import { consultationReminderEmail } from './emails/consultation-reminder.email';
import { consultationRescheduledEmail } from './emails/consultation-rescheduled.email';

/** The mails this context sends; registered by its API module and its worker module alike. */
export const consultationEmails: EmailTemplate<z.ZodType>[] = [consultationBookedEmail, consultationRescheduledEmail, consultationCancelledEmail, consultationReminderEmail];
