/**
 * Passwords (ASVS 5.0 §6.2): at least 10 characters, long passphrases welcome, no composition
 * rules. The server also refuses passwords found on a list of common ones.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** Counts characters as people see them (an emoji or a kanji is one), not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFC')].length;
}

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG';

export function passwordProblem(password: string): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  return null;
}
