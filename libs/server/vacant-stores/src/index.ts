import { VacantStore } from './vacant-store.entity';
import { SavedSearch, SavedSearchHit } from './saved-searches/saved-search.entity';
import { StoreSeekerProfile } from './recommendations/store-seeker-profile.entity';
import { VacantStorePhoto } from './photos/vacant-store-photo.entity';
import { StoreInquiry } from './inquiries/store-inquiry.entity';
import { StoreInquiryMessage } from './inquiries/store-inquiry-message.entity';

export { VacantStoresJobsModule, VacantStoresModule } from './vacant-stores.module';
export { seedDemoVacantStores } from './demo/demo-vacant-stores';
export const vacantStoreEntities = [VacantStore, VacantStorePhoto, SavedSearch, SavedSearchHit, StoreSeekerProfile, StoreInquiry, StoreInquiryMessage];
/** 空き店舗の活用件数 by fiscal year, for the KPI dashboard. */
export { VacantStoreKpi } from './outcomes/vacant-store-kpi';
/** The public search's SQL, for EXPLAIN in tests and the benchmark. */
export { vacantStoreSearchStatement } from './vacant-stores.repository';
/** The 08:00 digest of saved-search matches, runnable directly (tests, operators). */
export { SavedSearchDigests } from './saved-searches/saved-search-digests';
export { DAILY_DIGEST_REPEAT, DAILY_DIGEST_SCHEDULER_ID, registerDailyDigestSchedule } from './saved-searches/daily-digest.job';
