/**
 * Text as it is stored and searched: NFKC folds full-width and half-width forms together
 * (ｶﾌｪ → カフェ, １Ｆ → 1F), then case and runs of spaces (including the ideographic space) are folded.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
