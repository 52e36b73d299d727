import type { RecommendedSeekers } from '@asaka/contracts';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { currentLanguage } from '../../../i18n/i18n';
import { formatJapanDateTime } from '../../../ui/japan-time';
import { MatchReasons, MatchScore } from './match-reasons';

/**
 * On the owner's page of a published listing: the seekers who allowed owners to find them and
 * whose needs fit this store, best first, with the reasons. Only what they chose to show (display
 * name, planned business); never a way to reach them, so the first contact stays theirs.
 */
export function RecommendedSeekersSection({ storeId }: { storeId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const seekers = useApiQuery<RecommendedSeekers>(`/vacant-stores/${encodeURIComponent(storeId)}/recommended-seekers`);

  let content;
  if (seekers.isError) {
    content = (
      <p role="alert">
        {t('vacantStores.recommendations.seekers.loadFailed')} {seekers.error.message}
      </p>
    );
  } else if (!seekers.data) content = <p role="status">{t('form.loading')}</p>;
  else if (seekers.data.items.length === 0) content = <p>{t('vacantStores.recommendations.seekers.none')}</p>;
  else {
    content = (
      <ol className="recommendation-list">
        {seekers.data.items.map((seeker, index) => {
          const titleId = `recommended-seeker-${index}-title`;
          return (
            // Seekers have no id here on purpose (the API never sends one); the rank is their key.
            <li key={index}>
              <article aria-labelledby={titleId} className="recommendation">
                <h3 id={titleId} className="recommendation__title">
                  {seeker.displayName}
                </h3>
                <MatchScore score={seeker.score} />
                <MatchReasons reasons={seeker.reasons} />
                <dl className="details-list details-list--compact">
                  <div>
                    <dt>{t('vacantStores.recommendations.seekers.plannedBusiness')}</dt>
                    <dd className="preserve-lines">{seeker.plannedBusiness ?? t('vacantStores.recommendations.seekers.noPlannedBusiness')}</dd>
                  </div>
                  <div>
                    <dt>{t('vacantStores.recommendations.seekers.updatedAt')}</dt>
                    <dd>{formatJapanDateTime(seeker.profileUpdatedAt, language)}</dd>
                  </div>
                </dl>
              </article>
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <section aria-labelledby="recommended-seekers-title" className="recommended-seekers">
      <h2 id="recommended-seekers-title">{t('vacantStores.recommendations.seekers.title')}</h2>
      <p>{t('vacantStores.recommendations.seekers.lead')}</p>
      {content}
    </section>
  );
}
