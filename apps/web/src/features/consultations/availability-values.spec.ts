import { availabilityBody, dayPlan, draftOf } from './availability-values';
import { closedDay } from './japanese-holidays';

const draft = draftOf({
  weeklyRules: [
    { weekday: 1, start: '13:00', end: '16:00' },
    { weekday: 1, start: '10:00', end: '12:00' },
  ],
  exceptions: [{ date: '2026-02-23', windows: [{ start: '10:00', end: '12:00' }], note: '祝日の臨時相談' }],
});

describe('what a date offers, as the week check shows it', () => {
  it('a Monday that is a public holiday is closed, named, although the weekly hours would open it', () => {
    const plan = dayPlan('2026-01-12', draft, closedDay);
    expect(plan).toMatchObject({ kind: 'closed-day', closed: { kind: 'holiday', name: { ja: '成人の日', en: 'Coming of Age Day' } } });
  });

  it('a holiday opened by an exception offers the exception’s hours', () => {
    const plan = dayPlan('2026-02-23', draft, closedDay);
    expect(plan.kind).toBe('exception');
    expect(plan.kind === 'exception' && plan.exception.windows.map(({ start, end }) => `${start}-${end}`)).toEqual(['10:00-12:00']);
  });

  it('年末年始 is closed although no public holiday', () => {
    expect(dayPlan('2025-12-29', draft, closedDay)).toMatchObject({ kind: 'closed-day', closed: { kind: 'year-end' } });
  });

  it('an ordinary Monday offers the weekly hours, earliest first', () => {
    const plan = dayPlan('2026-02-02', draft, closedDay);
    expect(plan.kind === 'weekly' && plan.weekly.map(({ start }) => start)).toEqual(['10:00', '13:00']);
  });
});

describe('the request body', () => {
  it('is the saved availability again when nothing was changed', () => {
    expect(availabilityBody(draft)).toEqual({
      weeklyRules: [
        { weekday: 1, start: '10:00', end: '12:00' },
        { weekday: 1, start: '13:00', end: '16:00' },
      ],
      exceptions: [{ date: '2026-02-23', windows: [{ start: '10:00', end: '12:00' }], note: '祝日の臨時相談' }],
    });
  });
});
