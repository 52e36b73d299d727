import type { FoundingReport } from '@asaka/contracts';
import type { FoundingReportStatus } from '@asaka/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { businessTypeLabel, calendarDate, fiscalYearLabel, sessionTime } from '../format';

/** The report's status as a badge: in words first, the colour only repeats it. */
export function ReportStatusBadge({ status }: { status: FoundingReportStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--founding-${status}`}>{t(`founding.reports.statuses.${status}`)}</span>;
}

/** When the status began: the last (re)submission, the confirmation or the rejection. */
function statusSince(report: FoundingReport): string {
  if (report.status === 'confirmed') return report.confirmedAt ?? report.updatedAt;
  if (report.status === 'rejected') return report.rejectedAt ?? report.updatedAt;
  return report.submittedAt;
}

/** Where the report stands and what it means for the person, with staff's reason when it was sent back. */
export function ReportStatus({ report, headingId }: { report: FoundingReport; headingId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <section aria-labelledby={headingId} className={`founding-status founding-status--${report.status}`}>
      <h2 id={headingId}>
        {t('founding.reports.statusTitle')}：<ReportStatusBadge status={report.status} />
      </h2>
      <p>{t(`founding.reports.explain.${report.status}`, { at: sessionTime(statusSince(report), language), fiscalYear: fiscalYearLabel(t, report.fiscalYear) })}</p>
      {report.status === 'rejected' && report.rejectionReason && (
        <div className="founding-status__reason">
          <h3>{t('founding.reports.reason')}</h3>
          <p>{report.rejectionReason}</p>
        </div>
      )}
    </section>
  );
}

/** What was reported, as facts: shared by the person's page and the staff's list. */
export function ReportFacts({ report, showPerson = false }: { report: FoundingReport; showPerson?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const place = `${report.inAsaka ? t('founding.reports.facts.inAsaka') : t('founding.reports.facts.outsideAsaka')}　${report.address}`;
  const facts: { term: string; value: ReactNode }[] = [
    ...(showPerson ? [{ term: t('founding.reports.facts.person'), value: report.personName }] : []),
    { term: t('founding.reports.facts.foundedOn'), value: <time dateTime={report.foundedOn}>{calendarDate(report.foundedOn, language)}</time> },
    { term: t('founding.reports.facts.businessName'), value: report.businessName },
    { term: t('founding.reports.facts.businessType'), value: businessTypeLabel(report.businessType, language) },
    { term: t('founding.reports.facts.industry'), value: report.industry },
    { term: t('founding.reports.facts.location'), value: place },
    {
      term: t('founding.reports.facts.vacantStore'),
      // The title only: a store let since may no longer have a public page.
      value: report.vacantStore ? report.vacantStore.title : t('founding.reports.facts.noVacantStore'),
    },
    { term: t('founding.reports.facts.submittedAt'), value: <time dateTime={report.submittedAt}>{sessionTime(report.submittedAt, language)}</time> },
    { term: t('founding.reports.facts.fiscalYear'), value: fiscalYearLabel(t, report.fiscalYear) },
  ];
  return (
    <dl className="founding-facts">
      {facts.map(({ term, value }) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
