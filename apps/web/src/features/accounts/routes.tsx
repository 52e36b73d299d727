import type { RouteObject } from 'react-router';

/**
 * The addresses are the ones the API's mails link to (/verify-email, /reset-password). The pages
 * are loaded when first visited: their forms validate with the shared zod schemas, which the
 * other pages do not need to download.
 */
export const accountRoutes: RouteObject[] = [
  { path: 'signup', lazy: async () => ({ Component: (await import('./sign-up.page')).SignUpPage }) },
  { path: 'login', lazy: async () => ({ Component: (await import('./sign-in.page')).SignInPage }) },
  { path: 'verify-email', lazy: async () => ({ Component: (await import('./verify-email.page')).VerifyEmailPage }) },
  { path: 'forgot-password', lazy: async () => ({ Component: (await import('./forgot-password.page')).ForgotPasswordPage }) },
  { path: 'reset-password', lazy: async () => ({ Component: (await import('./reset-password.page')).ResetPasswordPage }) },
  { path: 'account', lazy: async () => ({ Component: (await import('./account.page')).AccountPage }) },
];
