import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { NotificationsService } from '@asaka/notifications';
import type { Role } from '@asaka/domain';
import { buildOpenApiDocument } from '@asaka/platform';
import { ApiStack, HttpSession, startApiStack } from '@asaka/testing';
import { AppModule } from './app.module';

/**
 * Who may call what: every route of the OpenAPI document × every kind of caller, against this
 * table. A route missing from the table fails the test, so the matrix grows with the API.
 *
 * Outcomes: 'ok' = past the access check (any answer but 401, 403 or 404); 401; 403; 404 (used
 * where a resource is not theirs, so its existence is not revealed). Request bodies are empty
 * where the access decision comes before validation, so no call changes anything.
 */
const ACTORS = ['anonymous', 'jobseeker', 'entrepreneur', 'adviser', 'staff', 'admin', 'owner', 'otherOwner'] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = 'ok' | 401 | 403 | 404;
type Expected = Record<Actor, Outcome>;

interface Fixtures {
  organizationId: string;
  ownerId: string;
  notificationId: string;
  jobseekerId: string;
  /** A draft of the owner's organization, without the declarations (so a submit cannot pass). */
  vacantStoreId: string;
  /** Another draft of theirs, for the one call that does change something: the owner's withdraw. */
  withdrawableStoreId: string;
  /** A published store of the owner's, with the jobseeker's inquiry about it and the entrepreneur's (which one of its parties closes). */
  publishedStoreId: string;
  inquiryId: string;
  closableInquiryId: string;
  /** The owner's saved search, and another one that the owner's delete removes. */
  savedSearchId: string;
  deletableSavedSearchId: string;
  /** A photo of the first draft, and another one that the owner's delete removes. */
  photoId: string;
  deletablePhotoId: string;
  /** The adviser's profile, and two bookings of the entrepreneur with them (the booker's cancel cancels the second). */
  adviserId: string;
  bookingId: string;
  cancellableBookingId: string;
  /** A past session of the entrepreneur with the adviser, held, with its record. */
  heldBookingId: string;
  /** The entrepreneur (their founding pathway), and their founding report (staff's confirm confirms it). */
  entrepreneurId: string;
  foundingReportId: string;
  /** A draft event, a published one with the jobseeker's registration (which the jobseeker's cancel withdraws), and a draft staff's publish publishes. */
  draftEventId: string;
  publishedEventId: string;
  eventRegistrationId: string;
  publishableEventId: string;
}

interface RouteCase {
  path?: (f: Fixtures) => string;
  body?: (f: Fixtures) => unknown;
  expect: Expected;
  /** Calls that would end the caller's session get a caller of their own. */
  ownSession?: boolean;
}

const everyone = (outcome: Outcome): Expected => Object.fromEntries(ACTORS.map((a) => [a, outcome])) as Expected;
const signedIn: Expected = { ...everyone('ok'), anonymous: 401 };
const staffOnly: Expected = { ...everyone(403), anonymous: 401, staff: 'ok', admin: 'ok' };
const adminOnly: Expected = { ...everyone(403), anonymous: 401, admin: 'ok' };

const POLICY: Record<string, RouteCase> = {
  'GET /api/auth/csrf': { expect: everyone('ok') },
  'GET /api/health/live': { expect: everyone('ok') },
  'GET /api/health': { expect: everyone('ok') },
  'POST /api/auth/register': { body: () => ({}), expect: everyone('ok') },
  'POST /api/auth/verify-email': { body: () => ({}), expect: everyone('ok') },
  'POST /api/auth/login': { body: () => ({}), expect: everyone('ok') },
  'POST /api/auth/logout': { expect: everyone('ok'), ownSession: true },
  'POST /api/auth/password-reset': { body: () => ({}), expect: everyone('ok') },
  'POST /api/auth/password-reset/confirm': { body: () => ({}), expect: everyone('ok') },
  'POST /api/notifications/unsubscribe': { expect: everyone('ok') },
  'GET /api/notifications/unsubscribe': { expect: everyone('ok') },
  'GET /api/me': { expect: signedIn },
  'PUT /api/me/password': { body: () => ({}), expect: signedIn },
  'PUT /api/me/roles': { body: () => ({}), expect: signedIn },
  'GET /api/me/export': { expect: signedIn },
  'DELETE /api/me': { expect: signedIn, ownSession: true },
  'POST /api/me/second-factor': { expect: signedIn, ownSession: true },
  'POST /api/me/second-factor/confirm': { body: () => ({}), expect: signedIn },
  'GET /api/me/notification-preferences': { expect: signedIn },
  'PUT /api/me/notification-preferences': { body: () => ({}), expect: signedIn },
  'POST /api/organizations': { body: () => ({}), expect: signedIn },
  'GET /api/organizations/{id}': {
    path: (f) => `/api/organizations/${f.organizationId}`,
    // Staff read any organization (audited); other people, including another owner, get 404.
    expect: { ...everyone(404), anonymous: 401, owner: 'ok', staff: 'ok', admin: 'ok' },
  },
  'POST /api/organizations/{id}/invitations': {
    path: (f) => `/api/organizations/${f.organizationId}/invitations`,
    body: () => ({ email: 'invitee@example.jp' }),
    // Staff have no business inviting people into a company: only its owner does.
    expect: { ...everyone(404), anonymous: 401, owner: 'ok' },
  },
  'DELETE /api/organizations/{id}/members/{userId}': {
    path: (f) => `/api/organizations/${f.organizationId}/members/${f.jobseekerId}`,
    // The owner passes the access check and then learns that this person is not a member (404).
    expect: { ...everyone(404), anonymous: 401 },
  },
  'POST /api/organization-invitations/accept': { body: () => ({}), expect: signedIn },
  'GET /api/admin/users': { expect: staffOnly },
  'PUT /api/admin/users/{id}/roles': { path: (f) => `/api/admin/users/${f.jobseekerId}/roles`, body: () => ({}), expect: adminOnly },
  'PUT /api/admin/users/{id}/status': { path: (f) => `/api/admin/users/${f.jobseekerId}/status`, body: () => ({}), expect: adminOnly },
  'POST /api/admin/counter-registrations': { body: () => ({}), expect: staffOnly },
  'GET /api/admin/audit-log': { expect: staffOnly },
  'GET /api/admin/notifications': { expect: staffOnly },
  'POST /api/admin/notifications/{id}/resend': { path: (f) => `/api/admin/notifications/${f.notificationId}/resend`, expect: staffOnly },
  'GET /api/vacant-stores': { expect: everyone('ok') },
  'POST /api/vacant-stores': { body: () => ({}), expect: signedIn },
  'GET /api/vacant-stores/mine': { expect: signedIn },
  'GET /api/vacant-stores/review-queue': { expect: staffOnly },
  'GET /api/vacant-stores/{id}': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}`,
    // A draft: its organization's members and staff (audited); for anyone else it does not exist.
    expect: { ...everyone(404), owner: 'ok', staff: 'ok', admin: 'ok' },
  },
  'PATCH /api/vacant-stores/{id}': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}`,
    body: () => ({}),
    // Staff see the draft but editing is the owner's; others learn nothing.
    expect: { ...everyone(404), anonymous: 401, owner: 'ok', staff: 403, admin: 403 },
  },
  'POST /api/vacant-stores/{id}/submit': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}/submit`,
    // The owner passes and is then told the declarations are missing (409): nothing changes.
    expect: { ...everyone(404), anonymous: 401, owner: 'ok', staff: 403, admin: 403 },
  },
  'POST /api/vacant-stores/{id}/publish': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}/publish`,
    // Staff pass and are told a draft cannot be published (409 INVALID_TRANSITION).
    expect: staffOnly,
  },
  'POST /api/vacant-stores/{id}/reject': { path: (f) => `/api/vacant-stores/${f.vacantStoreId}/reject`, body: () => ({}), expect: staffOnly },
  'POST /api/vacant-stores/{id}/withdraw': {
    path: (f) => `/api/vacant-stores/${f.withdrawableStoreId}/withdraw`,
    // Staff moderate but do not withdraw an owner's listing; the owner's call withdraws this fixture.
    expect: { ...everyone(404), anonymous: 401, owner: 'ok', staff: 403, admin: 403 },
  },
  'POST /api/vacant-stores/{id}/inquiries': {
    path: (f) => `/api/vacant-stores/${f.publishedStoreId}/inquiries`,
    body: () => ({ plannedBusiness: '雑貨店', message: 'マトリクスからの問い合わせ' }),
    // Anyone signed in may ask about a published store; the owner (own store) and the jobseeker (already asked) are told 409.
    expect: signedIn,
  },
  'GET /api/vacant-stores/{id}/inquiries': {
    path: (f) => `/api/vacant-stores/${f.publishedStoreId}/inquiries`,
    // The owner side only: staff have no part in a conversation about a store the owner listed themselves.
    expect: { ...everyone(404), anonymous: 401, owner: 'ok' },
  },
  'GET /api/inquiries': { expect: signedIn },
  'GET /api/inquiries/{id}': {
    path: (f) => `/api/inquiries/${f.inquiryId}`,
    // The two parties of the thread; another seeker, another owner and staff get 404.
    expect: { ...everyone(404), anonymous: 401, jobseeker: 'ok', owner: 'ok' },
  },
  'GET /api/inquiries/{id}/messages': {
    path: (f) => `/api/inquiries/${f.inquiryId}/messages`,
    expect: { ...everyone(404), anonymous: 401, jobseeker: 'ok', owner: 'ok' },
  },
  'POST /api/inquiries/{id}/messages': {
    path: (f) => `/api/inquiries/${f.inquiryId}/messages`,
    body: () => ({ body: 'マトリクスからのメッセージ' }),
    expect: { ...everyone(404), anonymous: 401, jobseeker: 'ok', owner: 'ok' },
  },
  'POST /api/inquiries/{id}/confirm-let': {
    path: (f) => `/api/inquiries/${f.inquiryId}/confirm-let`,
    // The seeker passes and is told nothing was let yet (409); the owner sees the thread but may not answer for the seeker.
    expect: { ...everyone(404), anonymous: 401, jobseeker: 'ok', owner: 403 },
  },
  'POST /api/inquiries/{id}/dispute-let': {
    path: (f) => `/api/inquiries/${f.inquiryId}/dispute-let`,
    expect: { ...everyone(404), anonymous: 401, jobseeker: 'ok', owner: 403 },
  },
  'POST /api/inquiries/{id}/close': {
    path: (f) => `/api/inquiries/${f.closableInquiryId}/close`,
    // Either party: the entrepreneur's call closes this fixture, the owner's then meets 409.
    expect: { ...everyone(404), anonymous: 401, entrepreneur: 'ok', owner: 'ok' },
  },
  'POST /api/vacant-stores/{id}/matched': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}/matched`,
    body: (f) => ({ inquiryId: f.inquiryId }),
    // The owner passes and is told a draft cannot be let (409); staff see the draft but letting is the owner's.
    expect: { ...everyone(404), anonymous: 401, owner: 'ok', staff: 403, admin: 403 },
  },
  'POST /api/vacant-stores/{id}/confirm-match': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}/confirm-match`,
    // Staff pass and are told nothing was let and confirmed by the seeker (409 INVALID_TRANSITION).
    expect: staffOnly,
  },
  'POST /api/vacant-stores/{id}/close': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}/close`,
    // The owner side and staff may close a let listing; on a draft both are told 409.
    expect: { ...everyone(404), anonymous: 401, owner: 'ok', staff: 'ok', admin: 'ok' },
  },
  'POST /api/vacant-stores/{id}/reopen': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}/reopen`,
    expect: { ...everyone(404), anonymous: 401, owner: 'ok', staff: 403, admin: 403 },
  },
  'GET /api/vacant-stores/matches': { expect: staffOnly },
  'GET /api/vacant-stores/stats/matches': { expect: staffOnly },
  'POST /api/vacant-stores/{id}/photos': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}/photos`,
    // Photos are edited like the listing: the owner passes and is told the request holds no file (400).
    expect: { ...everyone(404), anonymous: 401, owner: 'ok', staff: 403, admin: 403 },
  },
  'PUT /api/vacant-stores/{id}/photos/order': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}/photos/order`,
    body: () => ({ photoIds: [] }),
    // The owner passes and is told the list does not name the listing's photos (409): nothing moves.
    expect: { ...everyone(404), anonymous: 401, owner: 'ok', staff: 403, admin: 403 },
  },
  'GET /api/vacant-stores/{id}/photos/{photoId}': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}/photos/${f.photoId}`,
    // A draft's photo is seen by whoever sees the draft.
    expect: { ...everyone(404), owner: 'ok', staff: 'ok', admin: 'ok' },
  },
  'GET /api/vacant-stores/{id}/photos/{photoId}/thumbnail': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}/photos/${f.photoId}/thumbnail`,
    expect: { ...everyone(404), owner: 'ok', staff: 'ok', admin: 'ok' },
  },
  'DELETE /api/vacant-stores/{id}/photos/{photoId}': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}/photos/${f.deletablePhotoId}`,
    expect: { ...everyone(404), anonymous: 401, owner: 'ok', staff: 403, admin: 403 },
  },
  'POST /api/saved-searches': { body: () => ({}), expect: signedIn },
  'GET /api/saved-searches': { expect: signedIn },
  'PATCH /api/saved-searches/{id}': {
    path: (f) => `/api/saved-searches/${f.savedSearchId}`,
    body: () => ({}),
    // A saved search is private: for anyone but its owner (staff included) it does not exist.
    expect: { ...everyone(404), anonymous: 401, owner: 'ok' },
  },
  'DELETE /api/saved-searches/{id}': {
    path: (f) => `/api/saved-searches/${f.deletableSavedSearchId}`,
    expect: { ...everyone(404), anonymous: 401, owner: 'ok' },
  },
  'GET /api/vacant-stores/seeker-profile': { expect: signedIn },
  'PUT /api/vacant-stores/seeker-profile': { body: () => ({ needs: 'none' }), expect: signedIn },
  'GET /api/vacant-stores/recommended': { expect: signedIn },
  'GET /api/vacant-stores/{id}/recommended-seekers': {
    path: (f) => `/api/vacant-stores/${f.vacantStoreId}/recommended-seekers`,
    // The store's organization and staff (audited); for others the draft does not exist.
    expect: { ...everyone(404), anonymous: 401, owner: 'ok', staff: 'ok', admin: 'ok' },
  },
  'GET /api/consultation-topics': { expect: everyone('ok') },
  'GET /api/consultation-settings': { expect: everyone('ok') },
  'PUT /api/consultation-settings': { body: () => ({}), expect: staffOnly },
  'GET /api/consultation-slots': { expect: everyone('ok') },
  'GET /api/advisers': { expect: everyone('ok') },
  'POST /api/advisers': { body: () => ({}), expect: staffOnly },
  'GET /api/advisers/me': { expect: { ...everyone(403), anonymous: 401, adviser: 'ok' } },
  'PUT /api/advisers/me': { body: () => ({}), expect: { ...everyone(403), anonymous: 401, adviser: 'ok' } },
  'PUT /api/advisers/me/availability': { body: () => ({}), expect: { ...everyone(403), anonymous: 401, adviser: 'ok' } },
  'GET /api/advisers/{id}': { path: (f) => `/api/advisers/${f.adviserId}`, expect: everyone('ok') },
  'PATCH /api/advisers/{id}': { path: (f) => `/api/advisers/${f.adviserId}`, body: () => ({}), expect: staffOnly },
  'PUT /api/advisers/{id}/availability': { path: (f) => `/api/advisers/${f.adviserId}/availability`, body: () => ({}), expect: staffOnly },
  'POST /api/consultation-bookings': { body: () => ({}), expect: signedIn },
  'GET /api/consultation-bookings': { expect: signedIn },
  'GET /api/consultation-bookings/{id}': {
    path: (f) => `/api/consultation-bookings/${f.bookingId}`,
    // The booker, the adviser and staff; without a session (or the mail's signed link) 401, for anyone else it does not exist.
    expect: { ...everyone(404), anonymous: 401, entrepreneur: 'ok', adviser: 'ok', staff: 'ok', admin: 'ok' },
  },
  'GET /api/consultation-bookings/{id}/calendar.ics': {
    path: (f) => `/api/consultation-bookings/${f.bookingId}/calendar.ics`,
    expect: { ...everyone(404), anonymous: 401, entrepreneur: 'ok', adviser: 'ok', staff: 'ok', admin: 'ok' },
  },
  'POST /api/consultation-bookings/{id}/cancel': {
    path: (f) => `/api/consultation-bookings/${f.cancellableBookingId}/cancel`,
    body: () => ({}),
    // The booker's call cancels this fixture; the adviser and staff then meet 409.
    expect: { ...everyone(404), anonymous: 401, entrepreneur: 'ok', adviser: 'ok', staff: 'ok', admin: 'ok' },
  },
  'POST /api/consultation-bookings/{id}/reschedule': {
    path: (f) => `/api/consultation-bookings/${f.bookingId}/reschedule`,
    // A time the adviser does not offer: the parties pass and are told so (422), nothing moves.
    body: () => ({ startsAt: '2030-01-01T03:00:00+09:00' }),
    expect: { ...everyone(404), anonymous: 401, entrepreneur: 'ok', adviser: 'ok', staff: 'ok', admin: 'ok' },
  },
  'POST /api/consultation-bookings/{id}/outcome': {
    path: (f) => `/api/consultation-bookings/${f.bookingId}/outcome`,
    body: () => ({ outcome: 'held' }),
    // The adviser and staff pass and are told the session has not begun (409); the booker sees the booking but may not mark it.
    expect: { ...everyone(404), anonymous: 401, entrepreneur: 403, adviser: 'ok', staff: 'ok', admin: 'ok' },
  },
  'PUT /api/consultation-bookings/{id}/record': {
    path: (f) => `/api/consultation-bookings/${f.bookingId}/record`,
    body: () => ({ areasCovered: ['finance'], notes: 'マトリクス' }),
    // The adviser and staff pass and are told the session was not held (409): nothing is written.
    expect: { ...everyone(404), anonymous: 401, entrepreneur: 403, adviser: 'ok', staff: 'ok', admin: 'ok' },
  },
  'GET /api/consultation-bookings/{id}/record': {
    path: (f) => `/api/consultation-bookings/${f.heldBookingId}/record`,
    // The booking's adviser and staff (audited); the booker never reads the notes, for anyone else it does not exist.
    expect: { ...everyone(404), anonymous: 401, adviser: 'ok', staff: 'ok', admin: 'ok' },
  },
  'GET /api/advisers/me/sessions': { expect: { ...everyone(403), anonymous: 401, adviser: 'ok' } },
  'GET /api/consultations/stats': { expect: staffOnly },
  'GET /api/me/founding-pathway': { expect: signedIn },
  'GET /api/founding-pathway': { expect: staffOnly },
  'GET /api/founding-pathway.csv': { expect: staffOnly },
  'GET /api/founding-pathway/{userId}': {
    path: (f) => `/api/founding-pathway/${f.entrepreneurId}`,
    // The person themself and staff (audited); for anyone else it does not exist.
    expect: { ...everyone(404), anonymous: 401, entrepreneur: 'ok', staff: 'ok', admin: 'ok' },
  },
  'GET /api/founding-pathway/{userId}/sessions.csv': {
    path: (f) => `/api/founding-pathway/${f.entrepreneurId}/sessions.csv`,
    expect: { ...everyone(404), anonymous: 401, entrepreneur: 'ok', staff: 'ok', admin: 'ok' },
  },
  'POST /api/founding-reports': { body: () => ({}), expect: signedIn },
  'GET /api/me/founding-reports': { expect: signedIn },
  'GET /api/founding-reports': { expect: staffOnly },
  'GET /api/founding-reports/{id}': {
    path: (f) => `/api/founding-reports/${f.foundingReportId}`,
    // Its person and staff (audited); for anyone else it does not exist.
    expect: { ...everyone(404), anonymous: 401, entrepreneur: 'ok', staff: 'ok', admin: 'ok' },
  },
  'PATCH /api/founding-reports/{id}': {
    path: (f) => `/api/founding-reports/${f.foundingReportId}`,
    body: () => ({}),
    // Correcting is the person's: staff see the report but do not edit it.
    expect: { ...everyone(404), anonymous: 401, entrepreneur: 'ok', staff: 403, admin: 403 },
  },
  'POST /api/founding-reports/{id}/confirm': {
    path: (f) => `/api/founding-reports/${f.foundingReportId}/confirm`,
    // Staff's call confirms this fixture; the admin's then meets 409 INVALID_TRANSITION.
    expect: staffOnly,
  },
  'POST /api/founding-reports/{id}/reject': {
    path: (f) => `/api/founding-reports/${f.foundingReportId}/reject`,
    // Staff pass and are told the reason is missing (400): nothing changes.
    body: () => ({}),
    expect: staffOnly,
  },
  'GET /api/events': { expect: everyone('ok') },
  'POST /api/events': { body: () => ({}), expect: staffOnly },
  'GET /api/events/{id}': {
    path: (f) => `/api/events/${f.draftEventId}`,
    // A draft: staff only; for anyone else it does not exist.
    expect: { ...everyone(404), staff: 'ok', admin: 'ok' },
  },
  'PATCH /api/events/{id}': { path: (f) => `/api/events/${f.draftEventId}`, body: () => ({}), expect: staffOnly },
  'POST /api/events/{id}/publish': {
    path: (f) => `/api/events/${f.publishableEventId}/publish`,
    // Staff's call publishes this fixture; the admin's then meets 409 INVALID_TRANSITION.
    expect: staffOnly,
  },
  'POST /api/events/{id}/cancel': {
    path: (f) => `/api/events/${f.publishedEventId}/cancel`,
    // Staff pass and are told the reason is missing (400): nothing is cancelled.
    body: () => ({}),
    expect: staffOnly,
  },
  'POST /api/events/{id}/finish': {
    path: (f) => `/api/events/${f.publishedEventId}/finish`,
    // Staff pass and are told it has not begun (409 INVALID_TRANSITION).
    expect: staffOnly,
  },
  'POST /api/events/{id}/registrations': {
    path: (f) => `/api/events/${f.publishedEventId}/registrations`,
    // Anyone signed in registers; the jobseeker, already registered, is told 409.
    expect: signedIn,
  },
  'GET /api/events/{id}/registrations': { path: (f) => `/api/events/${f.publishedEventId}/registrations`, expect: staffOnly },
  'GET /api/events/{id}/attendance.csv': { path: (f) => `/api/events/${f.publishedEventId}/attendance.csv`, expect: staffOnly },
  'POST /api/events/{id}/check-in': {
    path: (f) => `/api/events/${f.publishedEventId}/check-in`,
    // Staff pass and are told the body names no code or registration (400).
    body: () => ({}),
    expect: staffOnly,
  },
  'GET /api/me/event-registrations': { expect: signedIn },
  'GET /api/event-registrations/{id}': {
    path: (f) => `/api/event-registrations/${f.eventRegistrationId}`,
    // Its person and staff (audited); for anyone else it does not exist.
    expect: { ...everyone(404), anonymous: 401, jobseeker: 'ok', staff: 'ok', admin: 'ok' },
  },
  'DELETE /api/event-registrations/{id}': {
    path: (f) => `/api/event-registrations/${f.eventRegistrationId}`,
    // The jobseeker's call cancels it; staff then meet 409 (already cancelled).
    expect: { ...everyone(404), anonymous: 401, jobseeker: 'ok', staff: 'ok', admin: 'ok' },
  },
};

const ROLES_OF: Record<Exclude<Actor, 'anonymous'>, Role[]> = {
  jobseeker: ['jobseeker'],
  entrepreneur: ['entrepreneur'],
  adviser: ['adviser'],
  staff: ['staff'],
  admin: ['admin'],
  owner: [],
  otherOwner: [],
};

describe('authorization matrix', () => {
  let stack: ApiStack;
  let app: NestFastifyApplication;
  let counter = 0;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config));
    app = stack.app;
  });

  afterAll(() => stack?.close());

  async function session(actor: Actor): Promise<{ browser: HttpSession; id: string | null }> {
    if (actor === 'anonymous') return { browser: new HttpSession(app), id: null };
    counter += 1;
    const { browser, id } = await stack.signIn(`${actor}-${counter}@matrix.example.jp`, ROLES_OF[actor]);
    return { browser, id };
  }

  it('has a policy for every route and every route answers as the policy says', async () => {
    const documented = Object.entries(buildOpenApiDocument(app).paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented.filter((route) => !POLICY[route])).toEqual([]);
    expect(Object.keys(POLICY).filter((route) => !documented.includes(route))).toEqual([]);

    const callers = Object.fromEntries(await Promise.all(ACTORS.map(async (a) => [a, await session(a)] as const))) as Record<Actor, { browser: HttpSession; id: string | null }>;
    const organizationId = (await callers.owner.browser.post('/api/organizations', { name: 'マトリクス商店', address: '朝霞市仲町', industry: '小売業', employeeCount: 1 })).json<{ id: string }>().id;
    await callers.otherOwner.browser.post('/api/organizations', { name: '隣の商店', address: '朝霞市仲町', industry: '小売業', employeeCount: 1 });
    const { id: notificationId } = await app.get(NotificationsService).enqueue(app.get(DataSource).manager, {
      to: 'someone@example.jp', template: 'notice', locale: 'ja', category: 'critical', data: { subject: 's', heading: 'h', paragraphs: ['p'] },
    });
    const draftStore = async () => {
      const response = await callers.owner.browser.post('/api/vacant-stores', {
        organizationId, title: 'マトリクス店舗', district: '仲町一丁目', streetAddress: '1-1', station: '朝霞', walkMinutes: 5,
        floorAreaSquareMetres: 30, floor: '1F', monthlyRentYen: 100_000, contractType: '普通借家', allowedUses: ['物販'],
      });
      expect(response.statusCode).toBe(201);
      return response.json<{ id: string }>().id;
    };
    // A photo row as the upload stores it (the bytes do not matter here).
    const photoOf = async (storeId: string) =>
      ((await stack.sql.query(
        `INSERT INTO vacant_store_photo (vacant_store_id, position, caption, content_type, width, height, byte_size, data, thumbnail)
         SELECT $1::uuid, count(*), '外観', 'image/jpeg', 1, 1, 1, '\\xffd8'::bytea, '\\xffd8'::bytea FROM vacant_store_photo WHERE vacant_store_id = $1::uuid RETURNING id`,
        [storeId],
      )) as { id: string }[])[0]?.id ?? '';
    const vacantStoreId = await draftStore();
    const savedSearch = async () => {
      const response = await callers.owner.browser.post('/api/saved-searches', { kind: 'vacant-store', name: 'マトリクス', criteria: { station: '朝霞' } });
      expect(response.statusCode).toBe(201);
      return response.json<{ id: string }>().id;
    };
    const publishedStoreId = await draftStore();
    await callers.owner.browser.request('PATCH', `/api/vacant-stores/${publishedStoreId}`, { declarations: { noOrganizedCrimeTies: true, noCityTaxArrears: true } });
    await callers.owner.browser.post(`/api/vacant-stores/${publishedStoreId}/submit`);
    expect((await callers.staff.browser.post(`/api/vacant-stores/${publishedStoreId}/publish`)).statusCode).toBe(200);
    const inquiryOf = async (caller: Actor) => {
      const response = await callers[caller].browser.post(`/api/vacant-stores/${publishedStoreId}/inquiries`, { plannedBusiness: '雑貨店', message: 'マトリクス' });
      expect(response.statusCode).toBe(201);
      return response.json<{ id: string }>().id;
    };
    // The adviser's profile and hours, and two bookings of the entrepreneur with them.
    const adviserProfile = { organizationName: 'マトリクス商工会', areas: ['finance'], topics: ['financing'], places: ['chamber-of-commerce'] };
    expect((await callers.adviser.browser.request('PUT', '/api/advisers/me', adviserProfile)).statusCode).toBe(200);
    const hours = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
    const adviserId = (await callers.adviser.browser.request('PUT', '/api/advisers/me/availability', { weeklyRules: hours, exceptions: [] })).json<{ id: string }>().id;
    const dayAhead = (n: number) => new Date(Date.now() + 9 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
    const slots = (await callers.entrepreneur.browser.get(`/api/consultation-slots?adviserId=${adviserId}&from=${dayAhead(3)}&to=${dayAhead(20)}`)).json<{ items: { startsAt: string }[] }>().items;
    const consultation = async (startsAt: string | undefined) => {
      const answers = { stage: 'idea', businessIdea: 'マトリクスの事業' };
      const response = await callers.entrepreneur.browser.post('/api/consultation-bookings', { adviserId, startsAt, topic: 'financing', place: 'chamber-of-commerce', answers });
      expect(response.statusCode).toBe(201);
      return response.json<{ id: string }>().id;
    };
    // Events made by staff through the API: two drafts, and a published one the jobseeker registered for.
    const cityEvent = async (publish: boolean) => {
      const startsAt = Date.now() + 10 * 86_400_000;
      const at = (ms: number) => new Date(ms).toISOString();
      const created = await callers.staff.browser.post('/api/events', {
        kind: 'seminar', title: 'マトリクスセミナー', startsAt: at(startsAt), endsAt: at(startsAt + 7_200_000), place: { kind: 'venue', name: '研修室1', address: '朝霞市浜崎1-2-10' },
        capacity: 10, registrationOpensAt: at(Date.now() - 3_600_000), registrationClosesAt: at(startsAt - 86_400_000), areas: ['management'],
      });
      expect(created.statusCode).toBe(201);
      const id = created.json<{ id: string }>().id;
      if (publish) expect((await callers.staff.browser.post(`/api/events/${id}/publish`)).statusCode).toBe(200);
      return id;
    };
    const publishedEventId = await cityEvent(true);
    const eventRegistration = await callers.jobseeker.browser.post(`/api/events/${publishedEventId}/registrations`);
    expect(eventRegistration.statusCode).toBe(201);
    // A past session of the entrepreneur with the adviser, held and recorded (arranged in SQL: booking the past is not possible).
    const [heldBooking] = (await stack.sql.query(
      `INSERT INTO consultation_booking (adviser_id, booker_user_id, topic, place, stage, business_idea, starts_at, ends_at, status)
       VALUES ($1, $2, 'financing', 'chamber-of-commerce', 'idea', 'マトリクスの事業', '2020-01-07T10:00:00+09:00', '2020-01-07T11:00:00+09:00', 'held') RETURNING id`,
      [adviserId, callers.entrepreneur.id],
    )) as { id: string }[];
    await stack.sql.query(`INSERT INTO consultation_record (booking_id, areas_covered, notes, written_by) VALUES ($1, '{finance}', 'マトリクスの記録', 'adviser')`, [heldBooking?.id]);
    const foundingReport = await callers.entrepreneur.browser.post('/api/founding-reports', {
      foundedOn: dayAhead(0), businessName: 'マトリクス商店', businessType: 'sole-proprietorship', industry: '小売業', inAsaka: true, address: '朝霞市仲町一丁目',
    });
    expect(foundingReport.statusCode).toBe(201);
    const fixtures: Fixtures = {
      organizationId,
      ownerId: String(callers.owner.id),
      notificationId,
      jobseekerId: String(callers.jobseeker.id),
      vacantStoreId,
      withdrawableStoreId: await draftStore(),
      publishedStoreId,
      inquiryId: await inquiryOf('jobseeker'),
      closableInquiryId: await inquiryOf('entrepreneur'),
      savedSearchId: await savedSearch(),
      deletableSavedSearchId: await savedSearch(),
      photoId: await photoOf(vacantStoreId),
      deletablePhotoId: await photoOf(vacantStoreId),
      adviserId,
      bookingId: await consultation(slots[0]?.startsAt),
      cancellableBookingId: await consultation(slots[1]?.startsAt),
      heldBookingId: String(heldBooking?.id),
      entrepreneurId: String(callers.entrepreneur.id),
      foundingReportId: foundingReport.json<{ id: string }>().id,
      draftEventId: await cityEvent(false),
      publishedEventId,
      eventRegistrationId: eventRegistration.json<{ id: string }>().id,
      publishableEventId: await cityEvent(false),
    };

    const differences: string[] = [];
    for (const [route, spec] of Object.entries(POLICY)) {
      const [method, template] = route.split(' ') as [string, string];
      for (const actor of ACTORS) {
        const caller = spec.ownSession ? await session(actor) : callers[actor];
        const path = spec.path ? spec.path(fixtures) : template;
        const response = await caller.browser.request(method as 'GET', path, spec.body?.(fixtures));
        const outcome: Outcome = ([401, 403, 404] as const).find((code) => code === response.statusCode) ?? 'ok';
        if (outcome !== spec.expect[actor]) differences.push(`${route} as ${actor}: expected ${spec.expect[actor]}, got ${response.statusCode} ${response.body.slice(0, 80)}`);
      }
    }
    expect(differences).toEqual([]);
  });
});
