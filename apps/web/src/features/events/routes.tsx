import type { RouteObject } from 'react-router';

/**
 * Seminars, job fairs and other events (セミナー・イベント): the public list and each event's page
 * (the address every event mail links to: /events/<id>), the person's own registrations, and the
 * staff pages under the staff layout (see features/staff). Each page is loaded when first visited.
 */
export const eventRoutes: RouteObject[] = [
  { path: 'events', lazy: async () => ({ Component: (await import('./events-list.page')).EventsListPage }) },
  { path: 'events/mine', lazy: async () => ({ Component: (await import('./my-registrations.page')).MyRegistrationsPage }) },
  { path: 'events/:id', lazy: async () => ({ Component: (await import('./event.page')).EventPage }) },
];

/** Children of the staff layout (/staff/…). */
export const eventStaffRoutes: RouteObject[] = [
  { path: 'events', lazy: async () => ({ Component: (await import('./staff/staff-events.page')).StaffEventsPage }) },
  { path: 'events/new', lazy: async () => ({ Component: (await import('./staff/new-event.page')).NewEventPage }) },
  { path: 'events/:id', lazy: async () => ({ Component: (await import('./staff/staff-event.page')).StaffEventPage }) },
  { path: 'events/:id/edit', lazy: async () => ({ Component: (await import('./staff/edit-event.page')).EditEventPage }) },
  { path: 'events/:id/attendance', lazy: async () => ({ Component: (await import('./staff/attendance.page')).AttendancePage }) },
];
