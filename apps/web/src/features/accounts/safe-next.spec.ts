import { safeNextPath, signInPathFor } from './safe-next';

const origin = 'https://portal.example.jp';

describe('the sign-in page’s ?next=', () => {
  it.each([
    ['/events?kind=seminar', '/events?kind=seminar'],
    ['/job-openings/42#apply', '/job-openings/42#apply'],
    ['/account', '/account'],
  ])('keeps the path %s on this site', (next, expected) => {
    expect(safeNextPath(next, origin)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['https://evil.example/'],
    ['//evil.example/'],
    ['/\\evil.example/'],
    ['javascript:alert(1)'],
    ['events'],
    ['/\t/evil.example'],
    ['/login?next=/account'],
    ['/signup'],
  ])('replaces %j with the account page', (next) => {
    expect(safeNextPath(next, origin)).toBe('/account');
  });

  it('brings the person back to where they were, except from home and the sign-in pages', () => {
    expect(signInPathFor('/events?kind=seminar')).toBe('/login?next=%2Fevents%3Fkind%3Dseminar');
    expect(signInPathFor('/')).toBe('/login');
    expect(signInPathFor('/login?next=%2Faccount')).toBe('/login');
    expect(signInPathFor('/reset-password?token=abc')).toBe('/login');
  });
});
