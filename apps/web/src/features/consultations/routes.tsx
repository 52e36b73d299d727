import type { RouteObject } from 'react-router';

/**
 * 起業相談 (startup consultations): booking a free slot, the booker's own bookings and a booking's
 * page (also opened from the mail's signed link without signing in), the adviser's page, and the
 * staff pages (under the staff layout, see features/staff). Each page is loaded when first visited;
 * the Japanese holiday table comes only with the availability editor.
 */
export const consultationRoutes: RouteObject[] = [
  { path: 'consultations', lazy: async () => ({ Component: (await import('./consultations.page')).ConsultationsPage }) },
  { path: 'consultations/bookings', lazy: async () => ({ Component: (await import('./my-bookings.page')).MyBookingsPage }) },
  { path: 'consultations/bookings/:id', lazy: async () => ({ Component: (await import('./booking.page')).BookingPage }) },
  { path: 'advisers/me', lazy: async () => ({ Component: (await import('./adviser.page')).AdviserPage }) },
];

/** Children of the staff layout (/staff/…). */
export const consultationStaffRoutes: RouteObject[] = [
  { path: 'consultations', lazy: async () => ({ Component: (await import('./staff-consultations.page')).StaffConsultationsPage }) },
  { path: 'consultations/advisers/:id', lazy: async () => ({ Component: (await import('./staff-adviser.page')).StaffAdviserPage }) },
];
