import type { VacantStore } from '@asaka/contracts';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { usePageTitle } from '../../ui/use-page-title';
import { AccessProblem, StaffGate } from '../staff/staff-access';
import { ReviewPanel } from './review-panel';
import { reviewQueuePath, type ReviewNotice } from './review-queue.page';
import { StoreDetails } from './store-details';

/**
 * Staff review one listing: all it says, then publish it or send it back with a reason the owner
 * will read. Done, they return to the queue, which says what was done.
 */
export function ReviewStorePage() {
  const { t } = useTranslation();
  usePageTitle(t('vacantStores.staff.reviewTitle'));
  return <StaffGate title={t('vacantStores.staff.reviewTitle')}>{() => <ReviewStore />}</StaffGate>;
}

function ReviewStore() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const store = useApiQuery<VacantStore>(`/vacant-stores/${encodeURIComponent(id)}`);

  const back = (
    <p className="breadcrumb">
      <Link href={reviewQueuePath}>{t('vacantStores.staff.backToQueue')}</Link>
    </p>
  );
  if (store.isError) {
    return (
      <>
        {back}
        {store.error.statusCode === 404 || store.error.statusCode === 400 ? <p role="alert">{t('vacantStores.detail.notFound')}</p> : <AccessProblem error={store.error} />}
      </>
    );
  }
  if (!store.data) return <p role="status">{t('form.loading')}</p>;

  const listing = store.data;
  return (
    <>
      {back}
      <h2 className="review-store__title">{listing.title}</h2>
      <ReviewPanel
        store={listing}
        audience="staff"
        onMoved={(updated, action) => {
          if (action === 'publish' || action === 'reject') {
            void navigate(reviewQueuePath, { state: { reviewed: t(`vacantStores.staff.reviewed.${action}`, { title: updated.title }) } satisfies ReviewNotice });
          }
        }}
      />
      <section aria-labelledby="review-store-contents" className="listing-contents">
        <h2 id="review-store-contents">{t('vacantStores.form.contentsTitle')}</h2>
        <StoreDetails store={listing} headingLevel={3} />
      </section>
    </>
  );
}
