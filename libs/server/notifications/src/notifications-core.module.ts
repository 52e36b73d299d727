import { Module } from '@nestjs/common';
import { EmailTemplates } from './emails/email-templates';
import { NotificationsService } from './notifications.service';

/** What every process needs: the template registry and the outbox. */
@Module({
  providers: [EmailTemplates, NotificationsService],
  exports: [EmailTemplates, NotificationsService],
})
export class NotificationsCoreModule {}
