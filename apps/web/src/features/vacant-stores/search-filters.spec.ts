import { emptyFilters, filterProblems, nearFrom, storeSearchFrom, storeSearchParams, storeSearchQuery } from './search-filters';

const from = (search: string) => storeSearchFrom(new URLSearchParams(search));

describe('the search in the address', () => {
  it('reads every filter, the page and the view, and writes the same address back', () => {
    const address = '?q=%E9%A3%B2%E9%A3%9F&station=%E6%9C%9D%E9%9C%9E%E5%8F%B0&use=%E9%A3%B2%E9%A3%9F&minArea=20&maxArea=50&maxRent=200000&sort=rent&view=map&page=3';
    const search = from(address);

    expect(search).toEqual({
      filters: { q: '飲食', station: '朝霞台', use: '飲食', minArea: '20', maxArea: '50', maxRent: '200000', sort: 'rent', near: null },
      page: 3,
      view: 'map',
    });
    expect(storeSearchParams(search)).toBe(address);
  });

  it('leaves out what is not set, so the plain search has the plain address', () => {
    expect(storeSearchParams({ filters: emptyFilters })).toBe('');
    expect(storeSearchParams({ filters: { ...emptyFilters, q: '  駅前 ' }, page: 1, view: 'list' })).toBe('?q=%E9%A7%85%E5%89%8D');
  });

  it('drops what the API would refuse instead of failing the whole search', () => {
    const search = from('?station=%E6%B8%8B%E8%B0%B7&use=bar&minArea=-1&maxArea=abc&maxRent=1e9&sort=cheapest&page=0&view=satellite');

    expect(search).toEqual({ filters: emptyFilters, page: 1, view: 'list' });
  });

  it('searches around a point only with a point the API accepts, and sorts by distance only then', () => {
    expect(from('?near=35.7975,139.5873,1&sort=distance').filters).toMatchObject({ near: { latitude: 35.7975, longitude: 139.5873, km: 1 }, sort: 'distance' });
    expect(from('?near=35.7975,139.5873,11&sort=distance').filters).toMatchObject({ near: null, sort: 'newest' });
    expect(nearFrom('35.7975,139.5873')).toBeNull();
    expect(nearFrom('95,139.5873,1')).toBeNull();
  });

  it('asks the API for the page of 20 with the filters that are set', () => {
    const search = from('?q=%E3%82%AB%E3%83%95%E3%82%A7&maxRent=150000&near=35.79751234,139.58731234,0.5&sort=distance&page=2');

    expect(storeSearchQuery(search)).toEqual({
      q: 'カフェ',
      station: undefined,
      use: undefined,
      minArea: undefined,
      maxArea: undefined,
      maxRent: '150000',
      near: '35.79751,139.58731,0.5',
      sort: 'distance',
      page: 2,
      pageSize: 20,
    });
  });

  it('catches an upper floor area below the lower one', () => {
    expect(filterProblems({ ...emptyFilters, minArea: '50', maxArea: '20' })).toEqual({ maxArea: 'areaRange' });
    expect(filterProblems({ ...emptyFilters, minArea: '20', maxArea: '20' })).toEqual({});
  });
});
