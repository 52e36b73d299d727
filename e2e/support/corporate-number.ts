/**
 * A 法人番号 no other test (or earlier run on the same database) uses: twelve random digits and
 * the check digit before them (国税庁: 9 − (Σ Pn × Qn mod 9), Qn = 1 for odd n, 2 for even n,
 * counted from the right).
 */
export function uniqueCorporateNumber(): string {
  const base = Array.from({ length: 12 }, () => Math.floor(Math.random() * 10)).join('');
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) sum += Number(base[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return `${9 - (sum % 9)}${base}`;
}

/** As someone types it with a Japanese IME: full-width digits, grouped with full-width hyphens. */
export function fullWidthWithHyphens(digits: string): string {
  const wide = [...digits].map((digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)).join('');
  return `${wide.slice(0, 1)}－${wide.slice(1, 5)}－${wide.slice(5, 9)}－${wide.slice(9)}`;
}
