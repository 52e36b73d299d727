import {
  auditFilterProblems,
  auditFiltersFrom,
  auditQuery,
  deliveryFiltersFrom,
  deliveryQuery,
  pageFrom,
  searchFor,
  userFiltersFrom,
  userQuery,
} from './filters';

const params = (search: string) => new URLSearchParams(search);
const emptyAudit = { action: '', targetType: '', targetId: '', actorUserId: '', from: '', to: '' };

describe('staff list filters kept in the address', () => {
  it('reads the page, falling back to the first for anything that is not a page number', () => {
    expect(pageFrom(params('page=3'))).toBe(3);
    expect(pageFrom(params(''))).toBe(1);
    expect(pageFrom(params('page=0'))).toBe(1);
    expect(pageFrom(params('page=-2'))).toBe(1);
    expect(pageFrom(params('page=abc'))).toBe(1);
  });

  it('writes only the filters that are set, and the page only past the first', () => {
    expect(searchFor({ q: '', status: '' })).toBe('');
    expect(searchFor({ q: ' 花子 ', status: '' })).toBe('?q=%E8%8A%B1%E5%AD%90');
    expect(searchFor({ recipient: 'a@example.jp', status: 'failed' }, 2)).toBe('?recipient=a%40example.jp&status=failed&page=2');
    expect(searchFor({ q: 'x' }, 1)).toBe('?q=x');
  });

  it('round-trips: what the form writes is what the page reads back', () => {
    const filters = { ...emptyAudit, action: 'personal-data.read', from: '2025-06-01', to: '2025-06-30' };
    expect(auditFiltersFrom(params(searchFor(filters, 4).slice(1)))).toEqual(filters);
    expect(pageFrom(params(searchFor(filters, 4).slice(1)))).toBe(4);
  });

  it('asks the API for the users matching the search, 20 to a page', () => {
    expect(userQuery(userFiltersFrom(params('q=hanako&page=2')), 2)).toEqual({ q: 'hanako', page: 2, pageSize: 20 });
    expect(userQuery(userFiltersFrom(params('')), 1)).toEqual({ q: undefined, page: 1, pageSize: 20 });
  });

  it('turns the audit log’s date range (Japan time, both days included) into the API’s instants', () => {
    const filters = auditFiltersFrom(params('from=2025-06-01&to=2025-06-30&action=user.roles.set&actorUserId=0b0f9c5e-58a4-4d55-9c84-0d7a4c1e8b11'));
    expect(auditQuery(filters, 1)).toEqual({
      action: 'user.roles.set',
      targetType: undefined,
      targetId: undefined,
      actorUserId: '0b0f9c5e-58a4-4d55-9c84-0d7a4c1e8b11',
      from: '2025-06-01T00:00:00+09:00',
      to: '2025-07-01T00:00:00+09:00',
      page: 1,
      pageSize: 20,
    });
  });

  it('finds what the API would refuse in the audit filters before they go into the address', () => {
    expect(auditFilterProblems({ ...emptyAudit, actorUserId: 'hanako' })).toEqual({ actorUserId: 'actorNotUuid' });
    expect(auditFilterProblems({ ...emptyAudit, from: '2025-02-30' })).toEqual({ from: 'fromNotDate' });
    expect(auditFilterProblems({ ...emptyAudit, from: '2025-06-02', to: '2025-06-01' })).toEqual({ to: 'toBeforeFrom' });
    expect(auditFilterProblems({ ...emptyAudit, from: '2025-06-01', to: '2025-06-01' })).toEqual({});
  });

  it('drops a delivery status the API does not know rather than have it refuse the list', () => {
    expect(deliveryFiltersFrom(params('status=lost&recipient=a%40example.jp'))).toEqual({ recipient: 'a@example.jp', template: '', status: '' });
    expect(deliveryQuery(deliveryFiltersFrom(params('status=failed&template=verify-email')), 3)).toEqual({
      recipient: undefined,
      template: 'verify-email',
      status: 'failed',
      page: 3,
      pageSize: 20,
    });
  });
});
