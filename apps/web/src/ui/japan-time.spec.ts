import { formatJapanDateTime, isCalendarDate, startOfJapanDay, startOfNextJapanDay } from './japan-time';

describe('times shown in Japan time', () => {
  it('writes the API’s +09:00 time as it is, in Japanese and English', () => {
    expect(formatJapanDateTime('2025-06-02T10:00:05+09:00', 'ja')).toBe('2025年6月2日 10:00:05');
    expect(formatJapanDateTime('2025-06-02T10:00:05+09:00', 'en')).toBe('2 Jun 2025, 10:00:05');
  });

  it('converts a time given in another zone, whatever the device’s own zone', () => {
    // 23:30 UTC on 31 March is already 1 April in Japan (and a new fiscal year).
    expect(formatJapanDateTime('2025-03-31T23:30:00Z', 'ja')).toBe('2025年4月1日 08:30:00');
  });

  it('shows anything that is not a time as it came', () => {
    expect(formatJapanDateTime('not a time', 'ja')).toBe('not a time');
  });

  it('turns a date range, both days included, into the API’s instants', () => {
    expect(startOfJapanDay('2025-06-01')).toBe('2025-06-01T00:00:00+09:00');
    expect(startOfNextJapanDay('2025-06-30')).toBe('2025-07-01T00:00:00+09:00');
    expect(startOfNextJapanDay('2024-12-31')).toBe('2025-01-01T00:00:00+09:00');
    expect(startOfNextJapanDay('2024-02-28')).toBe('2024-02-29T00:00:00+09:00');
  });

  it('knows a real calendar date from a malformed one', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-6-1')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });
});
