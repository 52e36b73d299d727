import type { RouteObject } from 'react-router';

/**
 * The founding pathway (特定創業支援等事業) and founding reports (開業の報告): the person's progress
 * toward the city's certificate, their reports and each report's page (the address the decision
 * mail links to: /founding-reports/<id>), and the staff pages under the staff layout (see
 * features/staff). Each page is loaded when first visited.
 */
export const foundingRoutes: RouteObject[] = [
  { path: 'founding/pathway', lazy: async () => ({ Component: (await import('./pathway/pathway.page')).PathwayPage }) },
  { path: 'founding-reports', lazy: async () => ({ Component: (await import('./reports/my-reports.page')).MyReportsPage }) },
  { path: 'founding-reports/new', lazy: async () => ({ Component: (await import('./reports/new-report.page')).NewReportPage }) },
  { path: 'founding-reports/:id', lazy: async () => ({ Component: (await import('./reports/report.page')).ReportPage }) },
];

/** Children of the staff layout (/staff/…). */
export const foundingStaffRoutes: RouteObject[] = [
  { path: 'founding/pathway', lazy: async () => ({ Component: (await import('./staff/staff-pathway.page')).StaffPathwayPage }) },
  { path: 'founding/pathway/:userId', lazy: async () => ({ Component: (await import('./staff/staff-person.page')).StaffPersonPage }) },
  { path: 'founding/reports', lazy: async () => ({ Component: (await import('./staff/staff-reports.page')).StaffReportsPage }) },
];
