export { consultationRoutes, consultationStaffRoutes } from './routes';
