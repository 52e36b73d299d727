import { createInstance, type i18n as I18n, type LanguageDetectorModule } from 'i18next';
import { en } from './locales/en';
import { ja } from './locales/ja';

export const supportedLanguages = ['ja', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

export const defaultLanguage: Language = 'ja';
export const languageStorageKey = 'asaka.lang';

export function isLanguage(value: unknown): value is Language {
  return supportedLanguages.some((language) => language === value);
}

// Storage can throw (disabled cookies, Safari private mode, quota): the portal must still render,
// it just forgets the choice.
function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function storeLanguage(language: string): void {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // See readStoredLanguage.
  }
}

// The browser's own language is deliberately not consulted: the city's portal is Japanese first,
// and English is an explicit choice that is then remembered.
const storedLanguageDetector: LanguageDetectorModule = {
  type: 'languageDetector',
  detect: () => readStoredLanguage() ?? defaultLanguage,
  cacheUserLanguage: storeLanguage,
};

/** A fresh, fully initialised i18next instance (one per app, and one per test). */
export function createI18n(): I18n {
  const instance = createInstance();
  // Assistive technology, hyphenation and font selection all read <html lang>.
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void instance.use(storedLanguageDetector).init({
    resources: { ja: { translation: ja }, en: { translation: en } },
    supportedLngs: supportedLanguages,
    fallbackLng: defaultLanguage,
    // Resources are bundled, so initialisation can finish before the first render.
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** The language the interface is shown in, narrowed to the ones the portal supports. */
export function currentLanguage(instance: I18n): Language {
  const language = instance.resolvedLanguage;
  return isLanguage(language) ? language : defaultLanguage;
}
