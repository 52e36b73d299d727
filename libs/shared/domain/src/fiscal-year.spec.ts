import { fiscalYearOf, fiscalYearRange } from './fiscal-year';
import { toJapanIso } from './japan-time';

describe('fiscal years (April to March, Japan time)', () => {
  it('puts 1 April 00:00 JST in the new year and 31 March 23:59 JST in the old one', () => {
    expect(fiscalYearOf(new Date('2024-03-31T23:59:59+09:00'))).toBe(2023);
    expect(fiscalYearOf(new Date('2024-04-01T00:00:00+09:00'))).toBe(2024);
    // 15:30 UTC on 31 March is already 1 April in Japan.
    expect(fiscalYearOf(new Date('2025-03-31T15:30:00Z'))).toBe(2025);
  });

  it('gives 令和6年度 as 2024-04-01 … 2025-04-01 exclusive', () => {
    const { start, end } = fiscalYearRange(2024);
    expect(toJapanIso(start)).toBe('2024-04-01T00:00:00+09:00');
    expect(toJapanIso(end)).toBe('2025-04-01T00:00:00+09:00');
  });
});

describe('toJapanIso', () => {
  it('writes Japan time with its offset', () => {
    expect(toJapanIso(new Date('2025-06-02T01:00:00Z'))).toBe('2025-06-02T10:00:00+09:00');
  });
});
