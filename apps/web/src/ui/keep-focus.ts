/**
 * Navigation state for a change of address that does not change what the page is about (a view
 * toggle kept in the address, say): the app then leaves focus on the control that was used,
 * instead of moving it to the main content as it does after other navigations.
 */
export const keepFocusState = { keepFocus: true } as const;

export function keepsFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { keepFocus?: unknown }).keepFocus === true;
}
