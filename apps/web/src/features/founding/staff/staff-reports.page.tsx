import type { FoundingReport, FoundingReportPage } from '@asaka/contracts';
import { FOUNDING_REPORT_STATUSES } from '@asaka/domain';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query';
import { SelectField, SubmitButton } from '../../../ui/form';
import { Pagination, ResultCount } from '../../../ui/pagination';
import { usePageTitle } from '../../../ui/use-page-title';
import { pageFrom, staffPageSize } from '../../staff/filters';
import { AccessProblem, StaffGate } from '../../staff/staff-access';
import { reportPath, staffReportsPath } from '../format';
import { ReportFacts, ReportStatusBadge } from '../reports/report-view';
import { FoundingCounts } from './founding-counts';
import { fiscalYearFrom, reportStatusFrom, reportsSearchFor } from './founding-filters';
import { ReportDecision } from './report-decision';

/**
 * 「開業報告の確認」: the program's figures by fiscal year, then the founding reports (those waiting
 * first, or of one status), each with what was reported and the buttons to confirm it or send it
 * back with a reason.
 */
export function StaffReportsPage() {
  const { t } = useTranslation();
  usePageTitle(t('founding.staff.reports.title'));
  return <StaffGate title={t('founding.staff.reports.title')}>{() => <StaffReports />}</StaffGate>;
}

function StaffReports() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const status = reportStatusFrom(params);
  const fiscalYear = fiscalYearFrom(params);
  const page = pageFrom(params);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  // The buttons pressed are gone once the report is decided: the outcome takes focus instead.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  return (
    <>
      <p>{t('founding.staff.reports.lead')}</p>
      <FoundingCounts key={fiscalYear} fiscalYear={fiscalYear} onChoose={(year) => void navigate(`${staffReportsPath}${reportsSearchFor({ status, fiscalYear: year })}`)} />
      <section aria-labelledby="founding-reports-title">
        <h2 id="founding-reports-title">{t('founding.staff.reports.listTitle')}</h2>
        <StatusFilter key={status} status={status} onChoose={(next) => void navigate(`${staffReportsPath}${reportsSearchFor({ status: next, fiscalYear })}`)} />
        <div role="status" className="form-status">
          {done && (
            <p ref={doneRef} tabIndex={-1} className="form-status__done">
              {done}
            </p>
          )}
        </div>
        <ReportList status={status} page={page} hrefFor={(target) => `${staffReportsPath}${reportsSearchFor({ status, fiscalYear }, target)}`} onDecided={setDone} />
      </section>
    </>
  );
}

function StatusFilter({ status, onChoose }: { status: string; onChoose: (status: string) => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(status);
  return (
    <Form
      validationBehavior="aria"
      className="filter-form"
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(chosen);
      }}
    >
      <div className="filter-form__fields">
        <SelectField
          id="founding-reports-status"
          name="status"
          label={t('founding.staff.reports.statusFilter')}
          value={chosen}
          onChange={setChosen}
          options={[
            { value: '', label: t('founding.staff.reports.allStatuses') },
            ...FOUNDING_REPORT_STATUSES.map((value) => ({ value, label: t(`founding.reports.statuses.${value}`) })),
          ]}
        />
      </div>
      <div className="form__actions">
        <SubmitButton isPending={false}>{t('staff.filters.apply')}</SubmitButton>
      </div>
    </Form>
  );
}

function ReportList({ status, page, hrefFor, onDecided }: { status: string; page: number; hrefFor: (page: number) => string; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const reports = useApiQuery<FoundingReportPage>('/founding-reports', { status: status || undefined, page, pageSize: staffPageSize }, { placeholderData: keepPreviousData });
  if (reports.isError) return <AccessProblem error={reports.error} />;
  if (!reports.data) return <p role="status">{t('form.loading')}</p>;
  return (
    <>
      <ResultCount page={reports.data.page} pageSize={reports.data.pageSize} total={reports.data.total} shown={reports.data.items.length} />
      {reports.data.items.length > 0 && (
        <ul className="founding-report-list">
          {reports.data.items.map((report) => (
            <StaffReport key={report.id} report={report} onDecided={onDecided} />
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={staffPageSize} total={reports.data.total} hrefFor={hrefFor} />
    </>
  );
}

function StaffReport({ report, onDecided }: { report: FoundingReport; onDecided: (message: string) => void }) {
  const titleId = `staff-founding-report-${report.id}`;
  return (
    <li className="founding-report-card">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="founding-report-card__title">
          <Link href={reportPath(report.id)}>{report.businessName}</Link> <ReportStatusBadge status={report.status} />
        </h3>
        <ReportFacts report={report} showPerson />
        {report.status === 'rejected' && report.rejectionReason && <RejectionReason reason={report.rejectionReason} />}
        <ReportDecision report={report} onDecided={onDecided} />
      </article>
    </li>
  );
}

function RejectionReason({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <p className="founding-status__reason">
      {t('founding.reports.reason')}：{reason}
    </p>
  );
}
