import { normalizeSearchText, parseSearchQuery, searchBigrams } from './search-text';

describe('searchBigrams', () => {
  it('lists every two-character window of each word once', () => {
    expect(searchBigrams('駅前 カフェ')).toEqual(['駅前', 'カフ', 'フェ']);
    expect(searchBigrams('ああああ')).toEqual(['ああ']);
  });

  it('gives one-character words no bigrams', () => {
    expect(searchBigrams('店 a')).toEqual([]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(searchBigrams('𠮷野家')).toEqual(['𠮷野', '野家']);
  });

  it('finds the bigrams of a two-character query inside the text of a listing', () => {
    const stored = searchBigrams(normalizeSearchText('朝霞駅前の元飲食店 ｶﾌｪ向き １Ｆ'));
    for (const query of ['飲食', '駅前', 'カフェ', 'ｶﾌｪ', '1F', '１ｆ']) {
      expect({ query, found: parseSearchQuery(query).bigrams.every((gram) => stored.includes(gram)) }).toEqual({ query, found: true });
    }
  });
});

describe('parseSearchQuery', () => {
  it('normalises and splits the query into words', () => {
    expect(parseSearchQuery('　ｶﾌｪ　駅前 ')).toEqual({ words: ['カフェ', '駅前'], bigrams: ['カフ', 'フェ', '駅前'] });
  });

  it('keeps a one-character query as a word without bigrams', () => {
    expect(parseSearchQuery('店')).toEqual({ words: ['店'], bigrams: [] });
  });

  it('has nothing to search for in blank text', () => {
    expect(parseSearchQuery('  　')).toEqual({ words: [], bigrams: [] });
  });
});
