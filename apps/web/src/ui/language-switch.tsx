import type { Key, Selection } from 'react-aria-components';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, supportedLanguages, type Language } from '../i18n/i18n';

// Each language is named in itself, whatever the interface language, so that someone who cannot
// read the current one still finds their own.
const endonyms: Record<Language, string> = { ja: '日本語', en: 'English' };

function firstKey(selection: Selection): Key | undefined {
  return selection === 'all' ? undefined : selection.values().next().value;
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();

  return (
    <ToggleButtonGroup
      aria-label={t('site.languageSwitch')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[currentLanguage(i18n)]}
      onSelectionChange={(selection) => {
        const language = firstKey(selection);
        if (isLanguage(language)) void i18n.changeLanguage(language);
      }}
      className="language-switch"
    >
      {supportedLanguages.map((language) => (
        <ToggleButton key={language} id={language} className="language-switch__option">
          <span lang={language}>{endonyms[language]}</span>
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
