import { Module } from '@nestjs/common';
import { accountEntities, AccountsJobsModule } from '@asaka/accounts';
import { consultationEntities, ConsultationsJobsModule } from '@asaka/consultations';
import { eventEntities, EventsJobsModule } from '@asaka/events';
import { NotificationsJobsModule, notificationEntities } from '@asaka/notifications';
import { AppConfig, ConfigModule, DatabaseModule, platformEntities, WorkerHeartbeatService } from '@asaka/platform';
import { vacantStoreEntities, VacantStoresJobsModule } from '@asaka/vacant-stores';

/** The worker process: the jobs module of each context, and a heartbeat for the API's health check. */
@Module({})
export class WorkerModule {
  static forRoot(loaded: AppConfig) {
    // Every concurrent job holds a connection while it records its result; fewer would make jobs queue for one.
    const poolSize = Math.max(loaded.database.poolSize, loaded.notifications.concurrency + 2);
    const config: AppConfig = { ...loaded, database: { ...loaded.database, poolSize } };
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot([...platformEntities, ...accountEntities, ...notificationEntities, ...vacantStoreEntities, ...consultationEntities, ...eventEntities]), NotificationsJobsModule, AccountsJobsModule, VacantStoresJobsModule, ConsultationsJobsModule, EventsJobsModule],
      providers: [WorkerHeartbeatService],
    };
  }
}
