import type { VacantStorePage } from '@asaka/contracts';
import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { formatJapanDateTime } from '../../ui/japan-time';
import { Pagination, ResultCount } from '../../ui/pagination';
import { usePageTitle } from '../../ui/use-page-title';
import { pageFrom, staffPageSize } from '../staff/filters';
import { AccessProblem, StaffGate } from '../staff/staff-access';
import { formatAccess, formatArea, formatYen } from './format';

export const reviewQueuePath = '/staff/vacant-stores/review';

/** Passed back to the queue after a review, to say what was done. */
export interface ReviewNotice {
  reviewed?: string;
}

function reviewNoticeOf(state: unknown): ReviewNotice {
  return typeof state === 'object' && state !== null ? (state as ReviewNotice) : {};
}

/** 「空き店舗の審査」: the listings owners sent for review, the longest-waiting first. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('vacantStores.staff.title'));
  return <StaffGate title={t('vacantStores.staff.title')}>{() => <ReviewQueue />}</StaffGate>;
}

function ReviewQueue() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const location = useLocation();
  const notice = reviewNoticeOf(location.state);
  const [params] = useSearchParams();
  const page = pageFrom(params);
  const queue = useApiQuery<VacantStorePage>('/vacant-stores/review-queue', { page, pageSize: staffPageSize }, { placeholderData: keepPreviousData });

  return (
    <>
      <p>{t('vacantStores.staff.lead')}</p>
      {notice.reviewed && (
        <p role="status" className="notice notice--done">
          {notice.reviewed}
        </p>
      )}
      {queue.isError ? (
        <AccessProblem error={queue.error} />
      ) : !queue.data ? (
        <p role="status">{t('form.loading')}</p>
      ) : (
        <>
          <ResultCount page={queue.data.page} pageSize={queue.data.pageSize} total={queue.data.total} shown={queue.data.items.length} />
          {queue.data.items.length > 0 && (
            <DataTable caption={t('vacantStores.staff.caption')}>
              <thead>
                <tr>
                  <th scope="col">{t('vacantStores.staff.columns.title')}</th>
                  <th scope="col">{t('vacantStores.staff.columns.organization')}</th>
                  <th scope="col">{t('vacantStores.staff.columns.place')}</th>
                  <th scope="col">{t('vacantStores.staff.columns.terms')}</th>
                  <th scope="col">{t('vacantStores.staff.columns.submittedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {queue.data.items.map((store) => (
                  <tr key={store.id}>
                    <th scope="row">
                      <Link href={`${reviewQueuePath}/${encodeURIComponent(store.id)}`}>{store.title}</Link>
                    </th>
                    <td>{store.organizationName}</td>
                    <td>
                      {t('vacantStores.format.district', { district: store.district })}
                      <br />
                      {formatAccess(t, store.station, store.walkMinutes)}
                    </td>
                    <td>
                      {formatArea(t, store.floorAreaSquareMetres, store.floorAreaTsubo)}
                      <br />
                      {t('vacantStores.detail.monthly', { amount: formatYen(store.monthlyTotalYen, language) })}
                    </td>
                    <td>{store.submittedAt && <time dateTime={store.submittedAt}>{formatJapanDateTime(store.submittedAt, language)}</time>}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          <Pagination page={page} pageSize={staffPageSize} total={queue.data.total} hrefFor={(target) => (target > 1 ? `${reviewQueuePath}?page=${target}` : reviewQueuePath)} />
        </>
      )}
    </>
  );
}
