import type { FoundingReport, FoundingReportPage } from '@asaka/contracts';
import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query';
import { currentLanguage } from '../../../i18n/i18n';
import { Pagination, ResultCount } from '../../../ui/pagination';
import { usePageTitle } from '../../../ui/use-page-title';
import { pageFrom } from '../../staff/filters';
import { calendarDate, myReportsPath, newReportPath, pathwayPath, reportPath, sessionTime } from '../format';
import { SignedIn } from '../signed-in';
import { ReportStatusBadge } from './report-view';

const pageSize = 20;

/** 「開業の報告」: the person's founding reports, the latest first, each with where it stands. */
export function MyReportsPage() {
  const { t } = useTranslation();
  usePageTitle(t('founding.reports.mineTitle'));
  return (
    <div className="wide-page founding-page">
      <h1>{t('founding.reports.mineTitle')}</h1>
      <p>{t('founding.reports.mineLead')}</p>
      <SignedIn>{() => <MyReports />}</SignedIn>
    </div>
  );
}

function MyReports() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = pageFrom(params);
  const reports = useApiQuery<FoundingReportPage>('/me/founding-reports', { page, pageSize }, { placeholderData: keepPreviousData });
  return (
    <>
      <ul className="inline-links">
        <li>
          <Link href={newReportPath} className="button button--primary">
            {t('founding.reports.newLink')}
          </Link>
        </li>
        <li>
          <Link href={pathwayPath}>{t('founding.reports.pathwayLink')}</Link>
        </li>
      </ul>
      {reports.isError ? (
        <p role="alert" className="form-status__failed">
          {reports.error.message}
        </p>
      ) : !reports.data ? (
        <p role="status">{t('form.loading')}</p>
      ) : (
        <>
          <ResultCount page={reports.data.page} pageSize={reports.data.pageSize} total={reports.data.total} shown={reports.data.items.length} />
          {reports.data.total === 0 && <p>{t('founding.reports.none')}</p>}
          {reports.data.items.length > 0 && (
            <ul className="founding-report-list">
              {reports.data.items.map((report) => (
                <MyReport key={report.id} report={report} />
              ))}
            </ul>
          )}
          <Pagination page={page} pageSize={pageSize} total={reports.data.total} hrefFor={(target) => (target > 1 ? `${myReportsPath}?page=${target}` : myReportsPath)} />
        </>
      )}
    </>
  );
}

function MyReport({ report }: { report: FoundingReport }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const titleId = `founding-report-${report.id}`;
  return (
    <li className="founding-report-card">
      <article aria-labelledby={titleId}>
        <h2 id={titleId} className="founding-report-card__title">
          <Link href={reportPath(report.id)}>{report.businessName}</Link>
        </h2>
        <dl className="founding-facts">
          <div>
            <dt>{t('founding.reports.statusTitle')}</dt>
            <dd>
              <ReportStatusBadge status={report.status} />
            </dd>
          </div>
          <div>
            <dt>{t('founding.reports.facts.foundedOn')}</dt>
            <dd>
              <time dateTime={report.foundedOn}>{calendarDate(report.foundedOn, language)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('founding.reports.facts.submittedAt')}</dt>
            <dd>
              <time dateTime={report.submittedAt}>{sessionTime(report.submittedAt, language)}</time>
            </dd>
          </div>
          {report.status === 'rejected' && report.rejectionReason && (
            <div>
              <dt>{t('founding.reports.reason')}</dt>
              <dd>{report.rejectionReason}</dd>
            </div>
          )}
        </dl>
        {report.status === 'rejected' && report.actions.includes('edit') && (
          <p>
            <Link href={reportPath(report.id)}>{t('founding.reports.correctTitle')}</Link>
          </p>
        )}
      </article>
    </li>
  );
}
