/**
 * 朝霞市の町名: a listing's address starts with one of these (then 番地 and the building).
 * Towns with 住居表示 are split into 丁目 (本町一丁目 …); the areas still addressed by 大字 are
 * single names. Taken from the city's 町名 (住居表示) list; 市民課 confirms changes, and this is
 * the one place to edit when a 町名 changes.
 */
const TOWNS_WITH_CHOME: readonly (readonly [town: string, chome: number])[] = [
  ['青葉台', 1],
  ['朝志ケ丘', 4],
  ['泉水', 3],
  ['岡', 3],
  ['北原', 2],
  ['栄町', 5],
  ['幸町', 3],
  ['田島', 2],
  ['仲町', 2],
  ['西原', 2],
  ['西弁財', 2],
  ['根岸台', 8],
  ['浜崎', 4],
  ['東弁財', 3],
  ['膝折町', 5],
  ['本町', 3],
  ['三原', 5],
  ['溝沼', 7],
  ['宮戸', 4],
];

const OAZA: readonly string[] = ['上内間木', '下内間木', '大字岡', '大字台', '大字田島', '大字根岸', '大字浜崎', '大字膝折', '大字溝沼', '大字宮戸'];

const KANJI_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

export interface AsakaDistrictGroup {
  /** 町 (or 大字) */
  town: string;
  /** The values a listing may carry for it, in order: 本町一丁目, 本町二丁目 … */
  districts: string[];
}

/** For a grouped select: each 町 with its 丁目, then the 大字. */
export const ASAKA_DISTRICT_GROUPS: readonly AsakaDistrictGroup[] = [
  ...TOWNS_WITH_CHOME.map(([town, chome]) => ({
    town,
    districts: KANJI_NUMERALS.slice(0, chome).map((numeral) => `${town}${numeral}丁目`),
  })),
  ...OAZA.map((town) => ({ town, districts: [town] })),
];

/** Every 町名 a listing may carry. */
export const ASAKA_DISTRICTS: readonly string[] = ASAKA_DISTRICT_GROUPS.flatMap((group) => group.districts);

const DISTRICT_SET = new Set(ASAKA_DISTRICTS);

export function isAsakaDistrict(value: string): boolean {
  return DISTRICT_SET.has(value.normalize('NFKC'));
}
