import { pickLocale } from './locale';

describe('pickLocale', () => {
  it.each([
    [undefined, 'ja'],
    ['', 'ja'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    ['fr-FR,en;q=0.5', 'en'],
    ['fr-FR', 'ja'],
    ['ja;q=0.3,en;q=0.7', 'en'],
    ['en;q=0', 'ja'],
  ])('%s → %s', (header, expected) => {
    expect(pickLocale(header)).toBe(expected);
  });
});
