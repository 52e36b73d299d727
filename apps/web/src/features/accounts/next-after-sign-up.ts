import { afterSignInPath, safeNextPath } from './safe-next';

const storageKey = 'asaka.nextAfterSignUp';

/**
 * A person who signs up on the way somewhere (an invitation, say) confirms their address from a
 * mail, often in a new tab, and the mailed link cannot know where they were going. The sign-up page
 * remembers it here and the verification page's sign-in link leads back there.
 */
export function rememberNextAfterSignUp(next: string | null): void {
  try {
    const path = next ? safeNextPath(next) : afterSignInPath;
    if (path === afterSignInPath) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, path);
  } catch {
    // Storage refused: the person signs in and opens the link again, as the page tells them.
  }
}

/** The remembered path, if it is still one on this site. */
export function nextAfterSignUp(): string | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (!stored) return null;
    const path = safeNextPath(stored);
    return path === afterSignInPath ? null : path;
  } catch {
    return null;
  }
}

export function forgetNextAfterSignUp(): void {
  try {
    window.localStorage.removeItem(storageKey);
  } catch {
    // See rememberNextAfterSignUp.
  }
}

/** The `?next=` of a page when it names a path on this site other than the default, else null. */
export function explicitNext(param: string | null): string | null {
  if (!param) return null;
  const path = safeNextPath(param);
  return path === afterSignInPath ? null : path;
}

/** A sign-in or sign-up address that carries `next` along, when there is one. */
export function withNext(path: '/login' | '/signup', next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
