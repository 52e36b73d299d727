/** Where to go after signing in when the address does not say. */
export const afterSignInPath = '/account';

const authPages = ['/login', '/signup', '/verify-email', '/forgot-password', '/reset-password'];

/**
 * The `?next=` of the sign-in page, kept only if it is a path on this site: anything that would
 * leave it (`https://…`, `//host`, `/\host`, `javascript:`) or lead back into the sign-in pages
 * falls back to the account page, so the parameter cannot be used to send people elsewhere.
 */
export function safeNextPath(next: string | null | undefined, origin: string = window.location.origin): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return afterSignInPath;
  if (/[\u0000-\u001f\u007f]/.test(next)) return afterSignInPath;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return afterSignInPath;
  }
  if (url.origin !== origin || authPages.includes(url.pathname)) return afterSignInPath;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in address that brings the person back to `path` afterwards. */
export function signInPathFor(path: string): string {
  const [pathname = '/'] = path.split(/[?#]/);
  if (pathname === '/' || authPages.includes(pathname)) return '/login';
  return `/login?next=${encodeURIComponent(path)}`;
}
