import type { MeResponse } from '@asaka/contracts';

/** A signed-in person as GET /api/me answers, for the pages' tests; override what a test is about. */
export function meFixture(overrides: Partial<MeResponse> = {}): MeResponse {
  return {
    id: '0b0f9c5e-58a4-4d55-9c84-0d7a4c1e8b11',
    email: 'hanako@example.jp',
    displayName: '朝霞 花子',
    locale: 'ja',
    roles: ['jobseeker'],
    pendingRoles: [],
    emailVerified: true,
    secondFactorEnabled: false,
    organizations: [],
    ...overrides,
  };
}

/** The accessible description of an input: its hint and error, as a screen reader reads them. */
export function descriptionOf(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby')?.split(' ') ?? []).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}
