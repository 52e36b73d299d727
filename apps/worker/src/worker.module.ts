import { Module } from '@nestjs/common';
import { AccountsJobsModule } from '@asaka/accounts';
import { NotificationsJobsModule, notificationEntities } from '@asaka/notifications';
import { AppConfig, ConfigModule, DatabaseModule, WorkerHeartbeatService } from '@asaka/platform';

/** The worker process: the jobs module of each context, and a heartbeat for the API's health check. */
@Module({})
export class WorkerModule {
  static forRoot(config?: AppConfig) {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot([...notificationEntities]), NotificationsJobsModule, AccountsJobsModule],
      providers: [WorkerHeartbeatService],
    };
  }
}
