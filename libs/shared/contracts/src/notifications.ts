import { z } from 'zod';
import { OPTIONAL_MAIL_TOPICS } from '@asaka/domain';
import { pageOf, pageQuerySchema } from './common';

export const notificationPreferencesSchema = z.object({
  topics: z.array(z.object({ topic: z.enum(OPTIONAL_MAIL_TOPICS), enabled: z.boolean() })),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const updateNotificationPreferencesSchema = z.strictObject({
  topics: z.array(z.strictObject({ topic: z.enum(OPTIONAL_MAIL_TOPICS), enabled: z.boolean() })).min(1).max(OPTIONAL_MAIL_TOPICS.length),
});
export type UpdateNotificationPreferences = z.infer<typeof updateNotificationPreferencesSchema>;

export const unsubscribeQuerySchema = z.object({ token: z.string().min(10).max(2000) });

export const NOTIFICATION_STATUSES = ['pending', 'queued', 'sending', 'sent', 'failed', 'cancelled', 'skipped'] as const;

export const deliveryAttemptSchema = z.object({
  attempt: z.int(),
  outcome: z.enum(['sent', 'retry', 'failed', 'skipped']),
  error: z.string().nullable(),
  smtpResponse: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string(),
});

export const deliveryLogEntrySchema = z.object({
  id: z.string(),
  recipientEmail: z.string(),
  template: z.string(),
  category: z.enum(['critical', 'optional']),
  topic: z.string().nullable(),
  status: z.enum(NOTIFICATION_STATUSES),
  attempts: z.int(),
  lastError: z.string().nullable(),
  messageId: z.string().nullable(),
  sendAt: z.string(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  deliveryAttempts: z.array(deliveryAttemptSchema),
});
export type DeliveryLogEntry = z.infer<typeof deliveryLogEntrySchema>;
export const deliveryLogPageSchema = pageOf(deliveryLogEntrySchema);
export type DeliveryLogPage = z.infer<typeof deliveryLogPageSchema>;

export const deliveryLogQuerySchema = pageQuerySchema.extend({
  recipient: z.string().trim().max(254).optional(),
  template: z.string().trim().max(100).optional(),
  status: z.enum(NOTIFICATION_STATUSES).optional(),
});
export type DeliveryLogQuery = z.infer<typeof deliveryLogQuerySchema>;
