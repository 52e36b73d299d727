export { foundingRoutes, foundingStaffRoutes } from './routes';
