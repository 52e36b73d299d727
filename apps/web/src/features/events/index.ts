export { eventRoutes, eventStaffRoutes } from './routes';
