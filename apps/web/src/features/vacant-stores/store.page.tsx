import type { VacantStore } from '@asaka/contracts';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage } from '../../i18n/i18n';
import { usePageTitle } from '../../ui/use-page-title';
import { useMe } from '../accounts';
import { signInPathFor } from '../accounts/safe-next';
import { formatAccess, formatArea, formatYen } from './format';
import { InquirySection } from './inquiries/inquiry-form';
import { fromSearchOf } from './store-card';
import { StatusBadge, StoreDetails } from './store-details';

/**
 * A store's page: its headline figures, everything it says, and what the visitor can do next.
 * Anyone sees a published store; the owner's side and staff also see it in other states (the API
 * decides), with its status shown.
 */
export function VacantStorePage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { id = '' } = useParams();
  const location = useLocation();
  const back = `/vacant-stores${fromSearchOf(location.state).search ?? ''}`;
  const store = useApiQuery<VacantStore>(`/vacant-stores/${encodeURIComponent(id)}`);
  usePageTitle(store.data?.title ?? t('vacantStores.detail.title'));

  const breadcrumb = (
    <p className="breadcrumb">
      <Link href={back}>{t('vacantStores.detail.backToResults')}</Link>
    </p>
  );

  if (store.isError || !store.data) {
    return (
      <div className="form-page">
        {breadcrumb}
        <h1>{t('vacantStores.detail.title')}</h1>
        {store.isError ? (
          <p role="alert">{store.error.statusCode === 404 || store.error.statusCode === 400 ? t('vacantStores.detail.notFound') : store.error.message}</p>
        ) : (
          <p role="status">{t('form.loading')}</p>
        )}
      </div>
    );
  }

  const listing = store.data;
  return (
    <div className="wide-page store-page">
      {breadcrumb}
      <h1>{listing.title}</h1>
      {listing.status !== 'published' && (
        <p className="notice">
          <StatusBadge status={listing.status} /> {t('vacantStores.detail.notPublic')}
        </p>
      )}
      <p className="store-page__headline">
        <span>{formatAccess(t, listing.station, listing.walkMinutes)}</span>
        <span>{formatArea(t, listing.floorAreaSquareMetres, listing.floorAreaTsubo)}</span>
        <span>{t('vacantStores.detail.monthly', { amount: formatYen(listing.monthlyTotalYen, language) })}</span>
      </p>
      <NextStep store={listing} />
      <StoreDetails store={listing} />
    </div>
  );
}

/**
 * What the visitor can do: a visitor is asked to sign in to inquire, a signed-in person asks here
 * (or continues the conversation they started); the owner's side is led to the listing's
 * management page.
 */
function NextStep({ store }: { store: VacantStore }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending || me.isError) return null;
  const isOwnerSide = Boolean(me.data?.organizations.some((organization) => organization.id === store.organizationId));
  if (isOwnerSide) {
    return (
      <section aria-labelledby="store-next-step" className="call-to-action">
        <h2 id="store-next-step">{t('vacantStores.detail.ownerTitle')}</h2>
        <p>
          <Link href={`/my/vacant-stores/${encodeURIComponent(store.id)}/edit`} className="button button--primary">
            {t('vacantStores.detail.manage')}
          </Link>
        </p>
      </section>
    );
  }
  if (store.status !== 'published') return null;
  if (me.data) return <InquirySection store={store} />;
  return (
    <section aria-labelledby="store-next-step" className="call-to-action">
      <h2 id="store-next-step">{t('vacantStores.detail.inquireTitle')}</h2>
      <p>{t('vacantStores.detail.inquireSignIn')}</p>
      <p>
        <Link href={signInPathFor(`${location.pathname}${location.search}`)} className="button button--primary">
          {t('vacantStores.detail.inquire')}
        </Link>
      </p>
    </section>
  );
}
