import type { RouteObject } from 'react-router';
import { eventStaffRoutes } from '../events';
import { consultationStaffRoutes } from '../consultations';
import { foundingStaffRoutes } from '../founding';
import { vacantStoreStaffRoutes } from '../vacant-stores';
import { StaffLayout } from './staff-layout';

export const staffRoutes: RouteObject[] = [
  {
    path: 'staff',
    element: <StaffLayout />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./staff-menu.page')).StaffMenuPage }) },
      { path: 'users', lazy: async () => ({ Component: (await import('./users.page')).StaffUsersPage }) },
      { path: 'counter-registration', lazy: async () => ({ Component: (await import('./counter-registration.page')).CounterRegistrationPage }) },
      { path: 'audit-log', lazy: async () => ({ Component: (await import('./audit-log.page')).AuditLogPage }) },
      { path: 'deliveries', lazy: async () => ({ Component: (await import('./deliveries.page')).DeliveriesPage }) },
      ...vacantStoreStaffRoutes,
      ...consultationStaffRoutes,
      ...eventStaffRoutes,
      ...foundingStaffRoutes,
    ],
  },
];
