/**
 * 法人番号 (corporate number): 13 digits, the first a check digit over the other twelve
 * (国税庁「法人番号の指定等に関する省令」第2条): 9 − (Σ Pn × Qn mod 9), Pn the n-th digit counted
 * from the right of the 12-digit base, Qn = 1 for odd n and 2 for even n.
 */
export function corporateNumberCheckDigit(base12: string): number {
  if (!/^\d{12}$/.test(base12)) throw new Error('a corporate number base is 12 digits');
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) {
    const digit = Number(base12[12 - n]);
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** Accepts full-width digits and hyphens as people type them; returns the 13 digits or null. */
export function normalizeCorporateNumber(input: string): string | null {
  const digits = input.normalize('NFKC').replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(digits)) return null;
  return corporateNumberCheckDigit(digits.slice(1)) === Number(digits[0]) ? digits : null;
}
