import { Module } from '@nestjs/common';
import { EmailTemplates } from './emails/email-templates';
import { NotificationsService } from './notifications.service';

/** API side: services enqueue mails in their own transactions. */
@Module({
  providers: [EmailTemplates, NotificationsService],
  exports: [EmailTemplates, NotificationsService],
})
export class NotificationsModule {}
