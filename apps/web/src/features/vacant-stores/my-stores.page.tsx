import type { VacantStorePage, VacantStoreSummary } from '@asaka/contracts';
import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage } from '../../i18n/i18n';
import { formatJapanDateTime } from '../../ui/japan-time';
import { Pagination, ResultCount } from '../../ui/pagination';
import { usePageTitle } from '../../ui/use-page-title';
import { useMe } from '../accounts';
import { SignInPrompt } from '../accounts/sign-in-prompt';
import { formatAccess, formatArea, formatYen } from './format';
import { StatusBadge } from './store-details';

// An owner rarely has more: one page shows them all.
const pageSize = 50;
const myStoresPath = '/my/vacant-stores';

function pageOf(params: URLSearchParams): number {
  const value = params.get('page');
  return value && /^\d{1,6}$/.test(value) ? Math.max(1, Number(value)) : 1;
}

/**
 * 「登録した物件」: the listings of the organizations the person belongs to, in every state, each
 * with its status and, when staff sent it back, why; from here an owner registers a new one.
 */
export function MyStoresPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('vacantStores.mine.title'));

  let content;
  if (me.data === null) content = <SignInPrompt />;
  else if (me.isError) content = <p role="alert">{me.error.message}</p>;
  else if (!me.data) content = <p role="status">{t('form.loading')}</p>;
  else if (me.data.organizations.length === 0) content = <NoOrganization />;
  else content = <MyStores />;

  return (
    <div className="wide-page">
      <h1>{t('vacantStores.mine.title')}</h1>
      {content}
    </div>
  );
}

/** Listings belong to an organization (事業者): someone without one is shown how to register it. */
export function NoOrganization() {
  const { t } = useTranslation();
  return (
    <>
      <p className="notice">{t('vacantStores.mine.noOrganization')}</p>
      <p>
        <Link href="/account/organizations/new" className="button button--primary">
          {t('vacantStores.mine.registerOrganization')}
        </Link>
      </p>
    </>
  );
}

function MyStores() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = pageOf(params);
  const stores = useApiQuery<VacantStorePage>('/vacant-stores/mine', { page, pageSize }, { placeholderData: keepPreviousData });

  return (
    <>
      <p>{t('vacantStores.mine.lead')}</p>
      <p>
        <Link href="/my/vacant-stores/new" className="button button--primary">
          {t('vacantStores.mine.new')}
        </Link>
      </p>
      {stores.isError ? (
        <p role="alert" className="form-status__failed">
          {stores.error.message}
        </p>
      ) : !stores.data ? (
        <p role="status">{t('form.loading')}</p>
      ) : (
        <>
          <ResultCount page={stores.data.page} pageSize={stores.data.pageSize} total={stores.data.total} shown={stores.data.items.length} />
          {stores.data.items.length > 0 && (
            <ul className="my-store-list">
              {stores.data.items.map((store) => (
                <MyStore key={store.id} store={store} />
              ))}
            </ul>
          )}
          <Pagination page={page} pageSize={pageSize} total={stores.data.total} hrefFor={(target) => (target > 1 ? `${myStoresPath}?page=${target}` : myStoresPath)} />
        </>
      )}
    </>
  );
}

function MyStore({ store }: { store: VacantStoreSummary }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const titleId = `my-store-${store.id}`;
  return (
    <li className="my-store">
      <article aria-labelledby={titleId}>
        <h2 id={titleId} className="my-store__title">
          <Link href={`/my/vacant-stores/${encodeURIComponent(store.id)}/edit`}>{store.title}</Link>
        </h2>
        <p className="my-store__status">
          <StatusBadge status={store.status} /> <span className="my-store__organization">{store.organizationName}</span>
        </p>
        <p className="my-store__facts">
          {formatAccess(t, store.station, store.walkMinutes)} ・ {formatArea(t, store.floorAreaSquareMetres, store.floorAreaTsubo)} ・{' '}
          {t('vacantStores.detail.monthly', { amount: formatYen(store.monthlyTotalYen, language) })}
        </p>
        {store.status === 'rejected' && store.rejectionReason && (
          <div className="notice notice--important">
            <p className="notice__title">{t('vacantStores.review.rejectionReason')}</p>
            <p className="preserve-lines">{store.rejectionReason}</p>
          </div>
        )}
        <ul className="inline-links">
          {store.status === 'published' && (
            <li>
              <Link href={`/vacant-stores/${encodeURIComponent(store.id)}`} aria-label={t('vacantStores.mine.publicPageLabel', { title: store.title })}>
                {t('vacantStores.mine.publicPage')}
              </Link>
            </li>
          )}
          <li className="my-store__updated">{t('vacantStores.mine.updatedAt', { at: formatJapanDateTime(store.updatedAt, language) })}</li>
        </ul>
      </article>
    </li>
  );
}
