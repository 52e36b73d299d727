import { eventFiltersFrom, eventListHref, eventListQuery, monthChoices } from './list-filters';

// 23:30 on 31 January in Japan, still 30/31 January elsewhere: the list goes by the Japan calendar.
const lateInJapan = new Date('2026-01-31T14:30:00Z');

describe('the events list’s address', () => {
  it('keeps only a known kind and a real month', () => {
    expect(eventFiltersFrom(new URLSearchParams('kind=job-fair&month=2026-02'))).toEqual({ kind: 'job-fair', month: '2026-02' });
    expect(eventFiltersFrom(new URLSearchParams('kind=party&month=2026-13'))).toEqual({ kind: '', month: '' });
    expect(eventListHref({ kind: 'seminar', month: '' }, 2)).toBe('/events?kind=seminar&page=2');
    expect(eventListHref({ kind: '', month: '' })).toBe('/events');
  });

  it('asks for a month from its first to its last day, and otherwise from today in Japan', () => {
    expect(eventListQuery({ kind: '', month: '2028-02' }, 1, lateInJapan)).toMatchObject({ from: '2028-02-01', to: '2028-02-29' });
    expect(eventListQuery({ kind: 'seminar', month: '' }, 3, lateInJapan)).toEqual({ kind: 'seminar', from: '2026-01-31', to: undefined, page: 3, pageSize: 20 });
  });

  it('offers this month (Japan) and the eleven after it, and a month from the address that is not among them', () => {
    const months = monthChoices(lateInJapan, '');
    expect(months[0]).toBe('2026-01');
    expect(months.at(-1)).toBe('2026-12');
    expect(monthChoices(lateInJapan, '2025-11')[0]).toBe('2025-11');
  });
});
