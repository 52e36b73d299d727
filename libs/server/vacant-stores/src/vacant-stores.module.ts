import { Module, OnModuleInit } from '@nestjs/common';
import { EmailTemplates, NotificationsCoreModule, NotificationsModule } from '@asaka/notifications';
import { VacantStorePhotosController } from './photos/vacant-store-photos.controller';
import { VacantStorePhotosRepository } from './photos/vacant-store-photos.repository';
import { VacantStorePhotosService } from './photos/vacant-store-photos.service';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { SavedSearchesJobsModule, SavedSearchesModule } from './saved-searches/saved-searches.module';
import { PublicSearchCache } from './public-search-cache';
import { vacantStoreEmails } from './vacant-store-emails';
import { VacantStoresController } from './vacant-stores.controller';
import { VacantStoresRepository } from './vacant-stores.repository';
import { VacantStoresService } from './vacant-stores.service';
import { StoreInquiriesController } from './inquiries/store-inquiries.controller';
import { StoreInquiriesRepository } from './inquiries/store-inquiries.repository';
import { StoreInquiriesService } from './inquiries/store-inquiries.service';
import { StoreInquiryMails } from './inquiries/store-inquiry-mails';
import { StoreOutcomeEffects } from './outcomes/store-outcome-effects';
import { VacantStoreKpi } from './outcomes/vacant-store-kpi';
import { VacantStoreOutcomesController } from './outcomes/vacant-store-outcomes.controller';
import { VacantStoreOutcomesService } from './outcomes/vacant-store-outcomes.service';

/** 空き店舗バンク (plan 1-1): listings, their review, and the public search. */
@Module({
  imports: [NotificationsModule, SavedSearchesModule, RecommendationsModule],
  controllers: [VacantStoresController, VacantStorePhotosController, StoreInquiriesController, VacantStoreOutcomesController],
  providers: [
    VacantStoresService,
    VacantStoresRepository,
    PublicSearchCache,
    VacantStorePhotosService,
    VacantStorePhotosRepository,
    // Inquiries, their threads and mails, and the outcome that counts for 空き店舗の活用件数.
    StoreInquiriesRepository,
    StoreInquiriesService,
    StoreInquiryMails,
    StoreOutcomeEffects,
    VacantStoreOutcomesService,
    VacantStoreKpi,
  ],
  /** For the KPI dashboard. */
  exports: [VacantStoreKpi],
})
export class VacantStoresModule implements OnModuleInit {
  constructor(private readonly templates: EmailTemplates) {}

  onModuleInit(): void {
    this.templates.register(...vacantStoreEmails);
  }
}

/** Worker side: this context's mail templates (and, later, its periodic jobs). */
@Module({ imports: [NotificationsCoreModule, SavedSearchesJobsModule] })
export class VacantStoresJobsModule implements OnModuleInit {
  constructor(private readonly templates: EmailTemplates) {}

  onModuleInit(): void {
    this.templates.register(...vacantStoreEmails);
  }
}
