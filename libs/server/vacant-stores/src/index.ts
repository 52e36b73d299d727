import { VacantStore } from './vacant-store.entity';

export { VacantStoresJobsModule, VacantStoresModule } from './vacant-stores.module';
export { seedDemoVacantStores } from './demo/demo-vacant-stores';
export const vacantStoreEntities = [VacantStore];
/** The public search's SQL, for EXPLAIN in tests and the benchmark. */
export { vacantStoreSearchStatement } from './vacant-stores.repository';
