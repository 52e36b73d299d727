import type { RouteObject } from 'react-router';

/** /invitations/accept is the address the invitation mail links to. */
export const organizationRoutes: RouteObject[] = [
  { path: 'account/organizations/new', lazy: async () => ({ Component: (await import('./new-organization.page')).NewOrganizationPage }) },
  { path: 'account/organizations/:id', lazy: async () => ({ Component: (await import('./organization.page')).OrganizationPage }) },
  { path: 'invitations/accept', lazy: async () => ({ Component: (await import('./accept-invitation.page')).AcceptInvitationPage }) },
];
