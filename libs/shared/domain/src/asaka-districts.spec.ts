import { ASAKA_DISTRICT_GROUPS, ASAKA_DISTRICTS, isAsakaDistrict } from './asaka-districts';

describe('朝霞市の町名', () => {
  it('accepts a 丁目 of a town and the 大字 areas', () => {
    expect(isAsakaDistrict('本町二丁目')).toBe(true);
    expect(isAsakaDistrict('根岸台八丁目')).toBe(true);
    expect(isAsakaDistrict('上内間木')).toBe(true);
  });

  it('refuses a 丁目 the town does not have, a town of another city, and a bare town name that has 丁目', () => {
    expect(isAsakaDistrict('本町四丁目')).toBe(false);
    expect(isAsakaDistrict('新倉一丁目')).toBe(false);
    expect(isAsakaDistrict('本町')).toBe(false);
  });

  it('lists every district once, grouped by town in order', () => {
    expect(new Set(ASAKA_DISTRICTS).size).toBe(ASAKA_DISTRICTS.length);
    expect(ASAKA_DISTRICT_GROUPS.find((group) => group.town === '溝沼')?.districts).toEqual([
      '溝沼一丁目', '溝沼二丁目', '溝沼三丁目', '溝沼四丁目', '溝沼五丁目', '溝沼六丁目', '溝沼七丁目',
    ]);
  });
});
