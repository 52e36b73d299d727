import { NotificationAttempt } from './notification-attempt.entity';
import { NotificationPreference } from './notification-preference.entity';
import { Notification } from './notification.entity';

export { Notification, NotificationAttempt };
export type { NotificationCategory, NotificationStatus } from './notification.entity';
export type { AttemptOutcome } from './notification-attempt.entity';
export { defineEmail, type EmailTemplate } from './emails/email-template';
export { EmailLayout, textFooter } from './emails/email-layout';
export { defineLinkEmail } from './emails/link-email';
export { defineDetailsEmail, type DetailRow, type DetailsEmailCopy } from './emails/details-email';
export { EmailTemplates, NotificationErrors } from './emails/email-templates';
export { noticeEmail } from './emails/notice.email';
export { messageIdFor } from './jobs/email.processor';
export { EMAIL_QUEUE, jobIdFor } from './jobs/email-queue';
export { NotificationsService, type EnqueueEmail, type OutboxWrite } from './notifications.service';
export { NotificationsModule } from './notifications.module';
export { NotificationsCoreModule } from './notifications-core.module';
export { NotificationsJobsModule } from './notifications-jobs.module';

export const notificationEntities = [Notification, NotificationAttempt, NotificationPreference];
