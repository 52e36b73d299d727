import type { RecommendedVacantStore, RecommendedVacantStores, StoreSeekerProfile } from '@asaka/contracts';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/client';
import { useApiQuery } from '../../../api/use-api-query';
import { currentLanguage } from '../../../i18n/i18n';
import { usePageTitle } from '../../../ui/use-page-title';
import { useMe } from '../../accounts';
import { SignInPrompt } from '../../accounts/sign-in-prompt';
import { formatArea, formatYen } from '../format';
import { MatchReasons, MatchScore } from './match-reasons';
import { NeedsForm, seekerProfilePath } from './needs-form';

export const recommendedStoresPath = '/vacant-stores/recommended';

/**
 * Stores recommended for the signed-in seeker (/vacant-stores/recommended): the published stores
 * ranked by the matching score against the needs they saved, each with its reasons, and the form
 * to state those needs. Without needs nothing can be ranked, and the page says what to do.
 */
export function RecommendationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const signedIn = Boolean(me.data);
  const profile = useApiQuery<StoreSeekerProfile>(seekerProfilePath, undefined, { enabled: signedIn });
  const stores = useApiQuery<RecommendedVacantStores>(recommendedStoresPath, undefined, { enabled: signedIn });
  const queryClient = useQueryClient();
  usePageTitle(t('vacantStores.recommendations.title'));

  let content;
  if (me.data === null) content = <SignInPrompt message={t('vacantStores.recommendations.signInLead')} />;
  else if (me.isError) content = <p role="alert">{me.error.message}</p>;
  else if (!me.data) content = <p role="status">{t('form.loading')}</p>;
  else {
    content = (
      <>
        <section aria-labelledby="recommended-stores-title" className="recommendations">
          <h2 id="recommended-stores-title">{t('vacantStores.recommendations.resultsTitle')}</h2>
          <RecommendedStores stores={stores} />
        </section>
        <section id="seeker-needs" aria-labelledby="seeker-needs-title" tabIndex={-1} className="recommendations__needs">
          <h2 id="seeker-needs-title">{t('vacantStores.recommendations.needs.title')}</h2>
          {profile.isError ? (
            <p role="alert">{profile.error.message}</p>
          ) : profile.data ? (
            <NeedsForm
              profile={profile.data}
              onSaved={() =>
                Promise.all([
                  queryClient.invalidateQueries({ queryKey: ['api', recommendedStoresPath] }),
                  queryClient.invalidateQueries({ queryKey: ['api', seekerProfilePath] }),
                ])
              }
            />
          ) : (
            <p role="status">{t('form.loading')}</p>
          )}
        </section>
      </>
    );
  }

  return (
    <div className="wide-page">
      <p className="breadcrumb">
        <Link href="/vacant-stores">{t('vacantStores.search.title')}</Link>
      </p>
      <h1>{t('vacantStores.recommendations.title')}</h1>
      <p>{t('vacantStores.recommendations.lead')}</p>
      {content}
    </div>
  );
}

function RecommendedStores({ stores }: { stores: UseQueryResult<RecommendedVacantStores, ApiError> }) {
  const { t } = useTranslation();
  if (stores.isError) {
    return (
      <p role="alert">
        {t('vacantStores.recommendations.loadFailed')} {stores.error.message}
      </p>
    );
  }
  if (!stores.data) return <p role="status">{t('form.loading')}</p>;
  if (!stores.data.needsStated) {
    return (
      <div className="notice">
        <p>{t('vacantStores.recommendations.noNeeds')}</p>
        <p>
          <Link href={`${recommendedStoresPath}#seeker-needs`}>{t('vacantStores.recommendations.noNeedsLink')}</Link>
        </p>
      </div>
    );
  }
  if (stores.data.items.length === 0) return <p className="notice">{t('vacantStores.recommendations.none')}</p>;
  return (
    <>
      <p className="result-count">{t('vacantStores.recommendations.count', { number: stores.data.items.length })}</p>
      <ol className="recommendation-list">
        {stores.data.items.map((item) => (
          <RecommendedStore key={item.store.id} item={item} />
        ))}
      </ol>
    </>
  );
}

function RecommendedStore({ item }: { item: RecommendedVacantStore }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { store } = item;
  const titleId = `recommended-${store.id}-title`;
  return (
    <li>
      <article aria-labelledby={titleId} className="recommendation">
        <h3 id={titleId} className="recommendation__title">
          <Link href={`/vacant-stores/${encodeURIComponent(store.id)}`}>{store.title}</Link>
        </h3>
        <MatchScore score={item.score} />
        <MatchReasons reasons={item.reasons} />
        <p className="recommendation__facts">
          {t('vacantStores.format.district', { district: store.district })}
          {t('ui.listSeparator')}
          {formatArea(t, store.floorAreaSquareMetres, store.floorAreaTsubo)}
          {t('ui.listSeparator')}
          {t('vacantStores.detail.monthly', { amount: formatYen(store.monthlyTotalYen, language) })}
        </p>
      </article>
    </li>
  );
}
