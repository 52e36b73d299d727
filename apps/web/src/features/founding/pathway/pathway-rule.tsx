import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The certificate's rule in plain words: what counts, and the three conditions. */
export function PathwayRule() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="pathway-rule">
      <h2 id={titleId}>{t('founding.pathway.ruleTitle')}</h2>
      <p>{t('founding.pathway.ruleIntro')}</p>
      <ol className="pathway-rule__conditions">
        <li>{t('founding.pathway.ruleSessions')}</li>
        <li>{t('founding.pathway.ruleSpan')}</li>
        <li>{t('founding.pathway.ruleAreas')}</li>
      </ol>
      <p className="field__hint">{t('founding.pathway.ruleCounts')}</p>
    </section>
  );
}
