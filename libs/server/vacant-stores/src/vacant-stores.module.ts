import { Module, OnModuleInit } from '@nestjs/common';
import { EmailTemplates, NotificationsCoreModule, NotificationsModule } from '@asaka/notifications';
import { vacantStoreEmails } from './vacant-store-emails';
import { VacantStoresController } from './vacant-stores.controller';
import { VacantStoresRepository } from './vacant-stores.repository';
import { VacantStoresService } from './vacant-stores.service';

/** 空き店舗バンク (plan 1-1): listings, their review, and the public search. */
@Module({
  imports: [NotificationsModule],
  controllers: [VacantStoresController],
  providers: [VacantStoresService, VacantStoresRepository],
})
export class VacantStoresModule implements OnModuleInit {
  constructor(private readonly templates: EmailTemplates) {}

  onModuleInit(): void {
    this.templates.register(...vacantStoreEmails);
  }
}

/** Worker side: this context's mail templates (and, later, its periodic jobs). */
@Module({ imports: [NotificationsCoreModule] })
export class VacantStoresJobsModule implements OnModuleInit {
  constructor(private readonly templates: EmailTemplates) {}

  onModuleInit(): void {
    this.templates.register(...vacantStoreEmails);
  }
}
