import { fiscalYearDates, foundedOnProblem, foundingFiscalYear, foundingReportActions, nextFoundingReportStatus } from './founding-report';

describe('founding report review', () => {
  it('lets staff confirm or reject what was submitted, and nothing after', () => {
    expect(nextFoundingReportStatus('submitted', 'confirm', 'staff')).toBe('confirmed');
    expect(nextFoundingReportStatus('submitted', 'reject', 'staff')).toBe('rejected');
    expect(nextFoundingReportStatus('confirmed', 'reject', 'staff')).toBeNull();
    expect(nextFoundingReportStatus('rejected', 'confirm', 'staff')).toBeNull();
    expect(nextFoundingReportStatus('submitted', 'confirm', 'person')).toBeNull();
  });

  it('lets the person correct a waiting or rejected report, which resubmits it, but not a confirmed one', () => {
    expect(nextFoundingReportStatus('submitted', 'edit', 'person')).toBe('submitted');
    expect(nextFoundingReportStatus('rejected', 'edit', 'person')).toBe('submitted');
    expect(nextFoundingReportStatus('confirmed', 'edit', 'person')).toBeNull();
    expect(nextFoundingReportStatus('submitted', 'edit', 'staff')).toBeNull();
  });

  it('offers each side its buttons', () => {
    expect(foundingReportActions('submitted', ['person'])).toEqual(['edit']);
    expect(foundingReportActions('submitted', ['staff'])).toEqual(['confirm', 'reject']);
    expect(foundingReportActions('rejected', ['person', 'staff'])).toEqual(['edit']);
    expect(foundingReportActions('confirmed', ['person', 'staff'])).toEqual([]);
  });
});

describe('the founding date', () => {
  it('may be today but not in the future', () => {
    expect(foundedOnProblem('2026-06-01', '2026-06-01')).toBeNull();
    expect(foundedOnProblem('2026-06-02', '2026-06-01')).toBe('in-future');
  });

  it('may lie at most five years back (創業後5年以内)', () => {
    expect(foundedOnProblem('2021-06-01', '2026-06-01')).toBeNull();
    expect(foundedOnProblem('2021-05-31', '2026-06-01')).toBe('too-long-ago');
  });

  it('counts in the fiscal year it happened: 31 March is still the year before', () => {
    expect(foundingFiscalYear('2026-03-31')).toBe(2025);
    expect(foundingFiscalYear('2026-04-01')).toBe(2026);
    expect(foundingFiscalYear('2027-01-15')).toBe(2026);
    expect(fiscalYearDates(2026)).toEqual({ first: '2026-04-01', last: '2027-03-31' });
  });
});
