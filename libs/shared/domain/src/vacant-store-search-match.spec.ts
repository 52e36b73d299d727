import { normalizeSearchText } from './search-text';
import { SearchableVacantStore, vacantStoreMatchesSearch } from './vacant-store-search-match';

const store: SearchableVacantStore = {
  searchText: normalizeSearchText('朝霞台駅前 ｶﾌｪ向き路面店 １Ｆ 東弁財一丁目 飲食店 カウンターが残る居抜き物件'),
  station: '朝霞台',
  floorAreaSquareMetres: 33.06,
  monthlyRentYen: 180_000,
  commonChargesYen: 12_000,
  allowedUses: ['飲食', '物販'],
  latitude: 35.8136,
  longitude: 139.5872,
};

const matches = (criteria: Parameters<typeof vacantStoreMatchesSearch>[1], target: SearchableVacantStore = store) => vacantStoreMatchesSearch(target, criteria);

describe('vacantStoreMatchesSearch', () => {
  it('matches every store when the saved search has no filter', () => {
    expect(matches({})).toBe(true);
    expect(matches({ q: '' })).toBe(true);
  });

  it('finds two-character Japanese words and folds full-width and half-width forms like the search page', () => {
    for (const q of ['飲食', '駅前', 'カフェ', 'ｶﾌｪ', '1F', '１ｆ', '店', '駅前　居抜き']) {
      expect({ q, matched: matches({ q }) }).toEqual({ q, matched: true });
    }
  });

  it('needs every word, in its own order', () => {
    expect(matches({ q: '駅前 そば' })).toBe(false);
    expect(matches({ q: '前駅' })).toBe(false);
    expect(matches({ q: '100%' })).toBe(false);
  });

  it('filters by station and allowed use', () => {
    expect(matches({ station: '朝霞台', use: '物販' })).toBe(true);
    expect(matches({ station: '北朝霞' })).toBe(false);
    expect(matches({ use: '事務所' })).toBe(false);
  });

  it('keeps the area range inclusive at both ends', () => {
    expect(matches({ minArea: 33.06, maxArea: 33.06 })).toBe(true);
    expect(matches({ minArea: 33.07 })).toBe(false);
    expect(matches({ maxArea: 33 })).toBe(false);
  });

  it('compares the rent limit with rent plus common charges', () => {
    expect(matches({ maxRent: 192_000 })).toBe(true);
    expect(matches({ maxRent: 191_999 })).toBe(false);
    expect(matches({ maxRent: 180_000 })).toBe(false);
  });

  it('matches a point and radius by straight-line distance, never a store without a position', () => {
    // 朝霞台駅 is about 0.1 km from the store; 朝霞駅 about 1.8 km away.
    expect(matches({ near: { latitude: 35.8142, longitude: 139.5879, km: 0.5 } })).toBe(true);
    expect(matches({ near: { latitude: 35.7975, longitude: 139.5873, km: 1 } })).toBe(false);
    expect(matches({ near: { latitude: 35.8136, longitude: 139.5872, km: 5 } }, { ...store, latitude: null, longitude: null })).toBe(false);
  });

  it('needs all filters at once', () => {
    expect(matches({ q: 'カフェ', station: '朝霞台', maxRent: 200_000, use: '飲食', minArea: 30 })).toBe(true);
    expect(matches({ q: 'カフェ', station: '朝霞台', maxRent: 150_000, use: '飲食', minArea: 30 })).toBe(false);
  });
});
