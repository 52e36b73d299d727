export { vacantStoreRoutes, vacantStoreStaffRoutes } from './routes';
