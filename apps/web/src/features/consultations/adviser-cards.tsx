import type { Adviser } from '@asaka/contracts';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { areaLabel, placeLabel, topicLabel } from './labels';

/** The advisers introduced: who they are, where they are from, what they help with, and a way to their free slots. */
export function AdviserCards({ advisers, hrefFor }: { advisers: readonly Adviser[]; hrefFor: (adviser: Adviser) => string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const separator = language === 'ja' ? '・' : ', ';
  if (advisers.length === 0) return <p>{t('consultations.advisers.none')}</p>;
  return (
    <ul className="adviser-cards">
      {advisers.map((adviser) => {
        const titleId = `adviser-${adviser.id}`;
        return (
          <li key={adviser.id} className="adviser-card">
            <article aria-labelledby={titleId}>
              <h3 id={titleId} className="adviser-card__name">
                {adviser.displayName}
              </h3>
              <p className="adviser-card__organization">
                {adviser.organizationName}
                {adviser.jobTitle ? ` ${adviser.jobTitle}` : ''}
              </p>
              {adviser.introduction && <p className="preserve-lines">{adviser.introduction}</p>}
              <dl className="adviser-card__facts">
                <div>
                  <dt>{t('consultations.advisers.topics')}</dt>
                  <dd>{adviser.topics.map((topic) => topicLabel(topic, language)).join(separator)}</dd>
                </div>
                <div>
                  <dt>{t('consultations.advisers.places')}</dt>
                  <dd>{adviser.places.map((place) => placeLabel(place, language)).join(separator)}</dd>
                </div>
                <div>
                  <dt>{t('consultations.advisers.areas')}</dt>
                  <dd>{adviser.areas.map((area) => areaLabel(t, area)).join(separator)}</dd>
                </div>
                <div>
                  <dt>{t('consultations.advisers.length')}</dt>
                  <dd>{t('consultations.advisers.minutes', { count: adviser.slotMinutes })}</dd>
                </div>
              </dl>
              <p>
                <Link href={hrefFor(adviser)} aria-label={t('consultations.advisers.showSlotsLabel', { name: adviser.displayName })}>
                  {t('consultations.advisers.showSlots')}
                </Link>
              </p>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
