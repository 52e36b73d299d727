import { createI18n, currentLanguage, languageStorageKey } from './i18n';

beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = '';
});

afterEach(() => jest.restoreAllMocks());

describe('interface language', () => {
  it('is Japanese on a first visit, whatever the browser prefers', () => {
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-US');

    const i18n = createI18n();

    expect(currentLanguage(i18n)).toBe('ja');
    expect(i18n.t('site.name')).toBe('朝霞市 産業振興ポータル');
    expect(document.documentElement.lang).toBe('ja');
  });

  it('remembers a switch to English for the next visit', async () => {
    await createI18n().changeLanguage('en');

    expect(window.localStorage.getItem(languageStorageKey)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    const nextVisit = createI18n();
    expect(currentLanguage(nextVisit)).toBe('en');
    expect(nextVisit.t('site.name')).toBe('Asaka Business Support Portal');
  });

  it('remembers a switch back to Japanese', async () => {
    window.localStorage.setItem(languageStorageKey, 'en');

    await createI18n().changeLanguage('ja');

    expect(window.localStorage.getItem(languageStorageKey)).toBe('ja');
    expect(currentLanguage(createI18n())).toBe('ja');
  });

  it('falls back to Japanese when the stored value is not a language the portal offers', () => {
    window.localStorage.setItem(languageStorageKey, 'fr');

    expect(currentLanguage(createI18n())).toBe('ja');
  });

  it('still works, in Japanese, when the browser refuses storage', async () => {
    jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });

    const i18n = createI18n();
    expect(currentLanguage(i18n)).toBe('ja');

    await i18n.changeLanguage('en');
    expect(i18n.t('site.name')).toBe('Asaka Business Support Portal');
    expect(document.documentElement.lang).toBe('en');
  });
});
