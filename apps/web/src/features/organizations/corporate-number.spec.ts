import { corporateNumberDigits, corporateNumberProblem } from './corporate-number';

describe('法人番号 as people type it', () => {
  it('reads full-width digits, spaces and every kind of hyphen an IME gives', () => {
    expect(corporateNumberDigits('７００００１２０５０００２')).toBe('7000012050002');
    expect(corporateNumberDigits('7000-0120-50002')).toBe('7000012050002');
    expect(corporateNumberDigits('７０００－０１２０－５０００２')).toBe('7000012050002');
    expect(corporateNumberDigits('7000ー0120‐50002')).toBe('7000012050002');
    expect(corporateNumberDigits(' 7000 0120 50002 ')).toBe('7000012050002');
  });

  it('is optional: empty is fine', () => {
    expect(corporateNumberProblem('')).toBeNull();
    expect(corporateNumberProblem('  ')).toBeNull();
  });

  it('accepts a number whose check digit matches (国税庁, トヨタ自動車)', () => {
    expect(corporateNumberProblem('7000012050002')).toBeNull();
    expect(corporateNumberProblem('１１８０３０１０１８７７１')).toBeNull();
  });

  it('says what is wrong: letters, the number of digits typed, or a mistyped digit', () => {
    expect(corporateNumberProblem('70000120500A2')).toEqual({ kind: 'notDigits' });
    expect(corporateNumberProblem('700001205000')).toEqual({ kind: 'length', count: 12 });
    expect(corporateNumberProblem('７００００１２０５０００２１')).toEqual({ kind: 'length', count: 14 });
    expect(corporateNumberProblem('8000012050002')).toEqual({ kind: 'checkDigit' });
  });
});
