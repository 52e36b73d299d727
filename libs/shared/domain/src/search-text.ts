/**
 * Text as it is stored and searched: NFKC folds full-width and half-width forms together
 * (ｶﾌｪ → カフェ, １Ｆ → 1F), then case and runs of spaces (including the ideographic space) are folded.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Every two-character window of each word of already-normalised text, without duplicates, in
 * code points (so a surrogate pair such as 𠮷 is one character). PostgreSQL's trigrams need three
 * characters, and Japanese words are often two (「飲食」「駅前」): a listing stores these bigrams
 * in a GIN-indexed array, and a query's bigrams must all be present (then the text is checked
 * for the whole query, since bigrams alone do not keep their order).
 */
export function searchBigrams(normalized: string): string[] {
  const grams = new Set<string>();
  for (const word of normalized.split(' ')) {
    const chars = Array.from(word);
    for (let i = 0; i + 1 < chars.length; i += 1) grams.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...grams];
}

export interface SearchQuery {
  /** The normalised words of the query, each of which the text must contain. */
  words: string[];
  /** The bigrams of all words: a candidate's bigrams must contain every one of them. */
  bigrams: string[];
}

/** A free-text query as the search runs it; words of one character have no bigrams and match by text alone. */
export function parseSearchQuery(query: string): SearchQuery {
  const words = [...new Set(normalizeSearchText(query).split(' ').filter((word) => word.length > 0))];
  return { words, bigrams: searchBigrams(words.join(' ')) };
}
