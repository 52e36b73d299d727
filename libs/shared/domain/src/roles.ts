/** Roles a person chooses for themself at sign-up or later. */
export const SELF_CHOSEN_ROLES = ['jobseeker', 'entrepreneur'] as const;
/** Roles only an admin grants. */
export const GRANTED_ROLES = ['adviser', 'staff', 'admin'] as const;
export const ROLES = [...SELF_CHOSEN_ROLES, ...GRANTED_ROLES] as const;
export type Role = (typeof ROLES)[number];

/** Staff and admin accounts must sign in with a second factor. */
export function requiresSecondFactor(roles: readonly Role[]): boolean {
  return roles.includes('staff') || roles.includes('admin');
}

/** Email addresses compared as people mean them: NFKC (全角→半角), trimmed, case-insensitive. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}
