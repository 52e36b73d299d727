import { corporateNumberCheckDigit } from '@asaka/domain';

// Hyphens and dashes as people type them: ASCII, the Unicode hyphens and dashes, the full-width
// hyphen-minus and the katakana prolonged sound mark an IME gives for "-" in kana mode.
const separators = /[\s\-\u2010-\u2015\u2212\u30fc\uff0d\uff70]/g;

/** The digits of a typed 法人番号: full-width digits made half-width, spaces and hyphens dropped. */
export function corporateNumberDigits(input: string): string {
  return input.normalize('NFKC').replace(separators, '');
}

export type CorporateNumberProblem = { kind: 'notDigits' } | { kind: 'length'; count: number } | { kind: 'checkDigit' };

/**
 * What is wrong with a typed 法人番号, or null when it is fine (or empty: it is optional). The
 * check digit is the first of the 13 (国税庁の定める計算式), so a mistyped digit is caught here
 * instead of by the API.
 */
export function corporateNumberProblem(input: string): CorporateNumberProblem | null {
  const digits = corporateNumberDigits(input);
  if (digits === '') return null;
  if (!/^\d+$/.test(digits)) return { kind: 'notDigits' };
  if (digits.length !== 13) return { kind: 'length', count: digits.length };
  return corporateNumberCheckDigit(digits.slice(1)) === Number(digits[0]) ? null : { kind: 'checkDigit' };
}
