import { Module } from '@nestjs/common';
import { NotificationsAdminService } from './notifications-admin.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsCoreModule } from './notifications-core.module';

/** API side: services enqueue mails in their own transactions; people set preferences; staff read the log. */
@Module({
  imports: [NotificationsCoreModule],
  controllers: [NotificationsController],
  providers: [NotificationsAdminService],
  exports: [NotificationsCoreModule],
})
export class NotificationsModule {}
