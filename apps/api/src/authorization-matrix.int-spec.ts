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
    const fixtures: Fixtures = {
      organizationId,
      ownerId: String(callers.owner.id),
      notificationId,
      jobseekerId: String(callers.jobseeker.id),
      vacantStoreId: await draftStore(),
      withdrawableStoreId: await draftStore(),
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
