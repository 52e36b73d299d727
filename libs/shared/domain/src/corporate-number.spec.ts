import { corporateNumberCheckDigit, normalizeCorporateNumber } from './corporate-number';

describe('法人番号 check digit', () => {
  it.each([
    // 国税庁 and トヨタ自動車, as published on the 国税庁法人番号公表サイト.
    ['7000012050002'],
    ['1180301018771'],
  ])('accepts %s', (number) => {
    expect(normalizeCorporateNumber(number)).toBe(number);
  });

  it('refuses a wrong check digit, a wrong length and letters', () => {
    expect(normalizeCorporateNumber('8000012050002')).toBeNull();
    expect(normalizeCorporateNumber('700001205000')).toBeNull();
    expect(normalizeCorporateNumber('70000120500A2')).toBeNull();
  });

  it('accepts full-width digits and hyphens', () => {
    expect(normalizeCorporateNumber('７０００－０１２０－５０００２')).toBe('7000012050002');
  });

  it('computes the digit from the 12-digit base', () => {
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
  });
});
