import type { FoundingReport, MeResponse, UpdateFoundingReport } from '@asaka/contracts';
import { japanDateKey } from '@asaka/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useApiClient } from '../../../api/api-client-context';
import { useApiQuery } from '../../../api/use-api-query';
import { usePageTitle } from '../../../ui/use-page-title';
import { hasStaffRights } from '../../staff/staff-access';
import { myReportsPath, staffReportsPath } from '../format';
import { forgetFounding } from '../founding-queries';
import { SignedIn } from '../signed-in';
import { ReportDecision } from '../staff/report-decision';
import { useInquiredStores } from './inquired-stores';
import { ReportFormFields, useReportForm } from './report-form';
import { checkReportForm, reportValuesOf } from './report-values';
import { ReportFacts, ReportStatus } from './report-view';
import { failSave, reportNoticeOf } from './save-report';

/**
 * One founding report (/founding-reports/:id, the address the decision mail links to): where it
 * stands, what was reported, and what may be done now — the person corrects it (a rejected one is
 * sent again by the correction), staff confirm it or send it back.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const report = useApiQuery<FoundingReport>(`/founding-reports/${encodeURIComponent(id)}`);
  usePageTitle(report.data ? t('founding.reports.detailTitle', { businessName: report.data.businessName }) : t('founding.reports.mineTitle'));
  return (
    <div className="form-page founding-page">
      <SignedIn>
        {(me) =>
          report.isError ? (
            <>
              <h1>{t('founding.reports.mineTitle')}</h1>
              <p role="alert" className="form-status__failed">
                {report.error.message}
              </p>
              <p>
                <Link href={myReportsPath}>{t('founding.reports.backToMine')}</Link>
              </p>
            </>
          ) : !report.data ? (
            <>
              <h1>{t('founding.reports.mineTitle')}</h1>
              <p role="status">{t('form.loading')}</p>
            </>
          ) : (
            <Report report={report.data} me={me} />
          )
        }
      </SignedIn>
    </div>
  );
}

function Report({ report, me }: { report: FoundingReport; me: MeResponse }) {
  const { t } = useTranslation();
  const location = useLocation();
  const statusId = useId();
  const factsId = useId();
  const mine = report.userId === me.id;
  const [done, setDone] = useState<string | null>(reportNoticeOf(location.state).saved === 'created' ? t('founding.reports.created') : null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  return (
    <>
      <p className="breadcrumb">
        {mine || !hasStaffRights(me.roles) ? (
          <Link href={myReportsPath}>{t('founding.reports.backToMine')}</Link>
        ) : (
          <Link href={staffReportsPath}>{t('founding.reports.backToStaffList')}</Link>
        )}
      </p>
      <h1>{t('founding.reports.detailTitle', { businessName: report.businessName })}</h1>
      <div role="status" className="form-status">
        {done && (
          <p ref={doneRef} tabIndex={-1} className="form-status__done">
            {done}
          </p>
        )}
      </div>
      <ReportStatus report={report} headingId={statusId} />
      <ReportDecision report={report} onDecided={setDone} />
      <section aria-labelledby={factsId} className="founding-report-facts">
        <h2 id={factsId}>{t('founding.reports.facts.title')}</h2>
        <ReportFacts report={report} showPerson={!mine} />
      </section>
      {mine && report.actions.includes('edit') && <Correction key={report.updatedAt} report={report} onSaved={setDone} />}
    </>
  );
}

/**
 * The person's correction: open at once for a report sent back (correcting it is how it is sent
 * again), behind a button for one still waiting, so the page first reads as a receipt.
 */
function Correction({ report, onSaved }: { report: FoundingReport; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const titleId = useId();
  const rejected = report.status === 'rejected';
  const [open, setOpen] = useState(rejected);
  const form = useReportForm(() => reportValuesOf(report));
  const { stores, isLoading } = useInquiredStores(report.vacantStore);
  const save = useMutation({
    mutationFn: (patch: UpdateFoundingReport) => client.request<FoundingReport>(`/founding-reports/${encodeURIComponent(report.id)}`, { method: 'PATCH', body: patch }),
  });

  const submit = () => {
    if (save.isPending) return;
    const check = checkReportForm(t, form.values, japanDateKey(new Date()));
    if (!check.ok) return form.fail({ fields: check.problems });
    form.clear();
    save.mutate(check.request, {
      onSuccess: async () => {
        onSaved(t(rejected ? 'founding.reports.resubmitted' : 'founding.reports.updated'));
        await forgetFounding(queryClient);
      },
      onError: (error) => failSave(form, t, error),
    });
  };

  return (
    <section aria-labelledby={titleId} className="founding-correction">
      <h2 id={titleId}>{t(rejected ? 'founding.reports.correctTitle' : 'founding.reports.editTitle')}</h2>
      {open ? (
        <>
          {!rejected && (
            <p>
              <Button className="button button--secondary" onPress={() => setOpen(false)}>
                {t('founding.reports.cancelEdit')}
              </Button>
            </p>
          )}
          <ReportFormFields
            form={form}
            stores={stores}
            storesLoading={isLoading}
            onSubmit={submit}
            isPending={save.isPending}
            submitLabel={t(rejected ? 'founding.reports.form.resubmit' : 'founding.reports.form.save')}
          />
        </>
      ) : (
        <>
          <p>{t('founding.reports.editHint')}</p>
          <Button className="button button--secondary" onPress={() => setOpen(true)}>
            {t('founding.reports.edit')}
          </Button>
        </>
      )}
    </section>
  );
}
