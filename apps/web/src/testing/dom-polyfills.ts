/**
 * What browsers have and jsdom lacks, that the app's components use: react-aria's Modal escapes a
 * selector with CSS.escape. Only the tests load this file.
 */
if (typeof globalThis.CSS === 'undefined') {
  const escape = (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (character) => `\\${character}`);
  Object.defineProperty(globalThis, 'CSS', { value: { escape, supports: () => false }, configurable: true, writable: true });
}

export {};
