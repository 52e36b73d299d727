import { passwordProblem } from './password-policy';
import { normalizeEmail, requiresSecondFactor } from './roles';

describe('password policy', () => {
  it.each([
    ['short', 'TOO_SHORT'],
    ['123456789', 'TOO_SHORT'],
    ['1234567890', null],
    ['correct horse battery staple', null],
    ['あいうえおかきくけこ', null],
    ['あいうえおかきくけ', 'TOO_SHORT'],
    ['x'.repeat(256), null],
    ['x'.repeat(257), 'TOO_LONG'],
  ])('%s → %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('imposes no composition rule', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toBeNull();
  });
});

describe('accounts rules', () => {
  it('normalises full-width and case in email addresses', () => {
    expect(normalizeEmail('  Ｔａｒｏ@Example.JP ')).toBe('taro@example.jp');
  });

  it('asks staff and admins for a second factor, nobody else', () => {
    expect(requiresSecondFactor(['staff'])).toBe(true);
    expect(requiresSecondFactor(['jobseeker', 'admin'])).toBe(true);
    expect(requiresSecondFactor(['entrepreneur', 'adviser'])).toBe(false);
  });
});
