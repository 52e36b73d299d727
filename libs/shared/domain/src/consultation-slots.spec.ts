import fc from 'fast-check';
import { bookingLockHours, freeSlots, FreeSlotQuery, japanDateKey, japanInstant, windowsOn } from './consultation-slots';
import { toJapanIso } from './japan-time';

const base: FreeSlotQuery = {
  fromDate: '2026-06-01',
  toDate: '2026-06-07',
  // Mondays 10:00–12:00 and Wednesdays 13:00–15:00 (Japan time).
  rules: [
    { weekday: 1, start: '10:00', end: '12:00' },
    { weekday: 3, start: '13:00', end: '15:00' },
  ],
  exceptions: [],
  booked: [],
  isHoliday: () => false,
  now: new Date('2026-05-20T00:00:00+09:00'),
  slotMinutes: 60,
  bufferMinutes: 0,
  minimumNoticeMinutes: 24 * 60,
};
const iso = (slots: { start: Date }[]) => slots.map((s) => toJapanIso(s.start));

describe('freeSlots', () => {
  it('lays 60-minute slots over the weekly hours, in Japan time', () => {
    expect(iso(freeSlots(base))).toEqual([
      '2026-06-01T10:00:00+09:00',
      '2026-06-01T11:00:00+09:00',
      '2026-06-03T13:00:00+09:00',
      '2026-06-03T14:00:00+09:00',
    ]);
  });

  it('keeps a buffer between sessions and never lets a slot run past closing', () => {
    expect(iso(freeSlots({ ...base, bufferMinutes: 15, toDate: '2026-06-01' }))).toEqual(['2026-06-01T10:00:00+09:00']);
  });

  it('leaves out slots overlapping a booking or its buffer', () => {
    const booked = [{ start: new Date('2026-06-01T10:00:00+09:00'), end: new Date('2026-06-01T11:00:00+09:00') }];
    expect(iso(freeSlots({ ...base, booked, toDate: '2026-06-01' }))).toEqual(['2026-06-01T11:00:00+09:00']);
    expect(iso(freeSlots({ ...base, booked, bufferMinutes: 10, rules: [{ weekday: 1, start: '10:00', end: '13:00' }], toDate: '2026-06-01' }))).toEqual([
      '2026-06-01T11:10:00+09:00',
    ]);
  });

  it('closes public holidays unless an exception opens the day', () => {
    const holiday = (date: string) => date === '2026-06-01';
    expect(iso(freeSlots({ ...base, isHoliday: holiday, toDate: '2026-06-01' }))).toEqual([]);
    const opened = { date: '2026-06-01', windows: [{ start: '09:00', end: '10:00' }] };
    expect(iso(freeSlots({ ...base, isHoliday: holiday, exceptions: [opened], toDate: '2026-06-01' }))).toEqual(['2026-06-01T09:00:00+09:00']);
  });

  it('closes a day with an empty exception', () => {
    expect(iso(freeSlots({ ...base, exceptions: [{ date: '2026-06-03', windows: [] }] }))).toEqual(['2026-06-01T10:00:00+09:00', '2026-06-01T11:00:00+09:00']);
  });

  it('offers nothing sooner than the minimum notice', () => {
    const now = new Date('2026-05-31T10:30:00+09:00');
    expect(iso(freeSlots({ ...base, now, toDate: '2026-06-01' }))).toEqual(['2026-06-01T11:00:00+09:00']);
  });

  it('decides the weekday and the date in Japan, not UTC', () => {
    // 2026-06-01 00:30 JST is still 31 May in UTC; it is a Monday in Japan.
    expect(japanDateKey(new Date('2026-05-31T15:30:00Z'))).toBe('2026-06-01');
    expect(windowsOn('2026-06-01', base.rules, [], () => false)).toEqual([{ weekday: 1, start: '10:00', end: '12:00' }]);
  });
});

describe('bookingLockHours', () => {
  const at = (date: string, hhmm: string) => japanInstant(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)));

  it('is the hours (Japan time) the session widened by the buffer touches, earliest first', () => {
    expect(bookingLockHours({ start: at('2026-12-01', '10:00'), end: at('2026-12-01', '11:00') }, 0)).toEqual(['2026-12-01T10']);
    expect(bookingLockHours({ start: at('2026-12-01', '10:00'), end: at('2026-12-01', '11:00') }, 15)).toEqual(['2026-12-01T09', '2026-12-01T10', '2026-12-01T11']);
    expect(bookingLockHours({ start: at('2026-12-01', '13:30'), end: at('2026-12-01', '15:00') }, 30)).toEqual(['2026-12-01T13', '2026-12-01T14', '2026-12-01T15']);
    expect(bookingLockHours({ start: at('2026-12-01', '23:00'), end: at('2026-12-02', '00:00') }, 30)).toEqual(['2026-12-01T22', '2026-12-01T23', '2026-12-02T00']);
  });

  it('gives two bookings that could clash (one overlaps the other widened by the buffer) at least one hour in common', () => {
    const base = at('2026-12-01', '00:00').getTime();
    const booking = fc
      .record({ startMinute: fc.integer({ min: 0, max: 3 * 24 * 60 }), minutes: fc.integer({ min: 15, max: 180 }) })
      .map(({ startMinute, minutes }) => ({ start: new Date(base + startMinute * 60_000), end: new Date(base + (startMinute + minutes) * 60_000) }));
    fc.assert(
      fc.property(booking, booking, fc.integer({ min: 0, max: 120 }), (a, b, buffer) => {
        const clash = a.start.getTime() < b.end.getTime() + buffer * 60_000 && b.start.getTime() - buffer * 60_000 < a.end.getTime();
        const shared = bookingLockHours(a, buffer).some((hour) => bookingLockHours(b, buffer).includes(hour));
        return !clash || shared;
      }),
      { numRuns: 5000 },
    );
  });
});
