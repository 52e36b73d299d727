import { Module } from '@nestjs/common';
import { MailModule } from '@asaka/platform';
import { emailQueueProviders, EmailQueueCloser } from './jobs/email-queue.provider';
import { EmailProcessor } from './jobs/email.processor';
import { OutboxRelay } from './jobs/outbox-relay';
import { NotificationsCoreModule } from './notifications-core.module';

/** Worker side: relays the outbox to the queue and sends the mails. */
@Module({
  imports: [NotificationsCoreModule, MailModule],
  providers: [...emailQueueProviders, EmailQueueCloser, OutboxRelay, EmailProcessor],
  exports: [OutboxRelay],
})
export class NotificationsJobsModule {}
