import type { CreateFoundingReportInput, FoundingReport, FoundingReportPage } from '@asaka/contracts';
import { japanDateKey } from '@asaka/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiClient } from '../../../api/api-client-context';
import { useApiQuery } from '../../../api/use-api-query';
import { usePageTitle } from '../../../ui/use-page-title';
import { myReportsPath, reportPath } from '../format';
import { forgetFounding } from '../founding-queries';
import { SignedIn } from '../signed-in';
import { useInquiredStores } from './inquired-stores';
import { ReportFormFields, useReportForm } from './report-form';
import { checkReportForm, emptyReportValues } from './report-values';
import { failSave, type ReportNotice } from './save-report';

/**
 * 「開業を報告する」: the founding report form. While another report waits for review the API takes
 * no new one, so the page points to that one instead of offering a form that would be refused.
 */
export function NewReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('founding.reports.newTitle'));
  return (
    <div className="form-page founding-page">
      <p className="breadcrumb">
        <Link href={myReportsPath}>{t('founding.reports.backToMine')}</Link>
      </p>
      <h1>{t('founding.reports.newTitle')}</h1>
      <SignedIn>{() => <NewReport />}</SignedIn>
    </div>
  );
}

function NewReport() {
  const { t } = useTranslation();
  const mine = useApiQuery<FoundingReportPage>('/me/founding-reports', { page: 1, pageSize: 100 });
  if (mine.isError) {
    return (
      <p role="alert" className="form-status__failed">
        {mine.error.message}
      </p>
    );
  }
  if (!mine.data) return <p role="status">{t('form.loading')}</p>;
  const pending = mine.data.items.find((report) => report.status === 'submitted');
  if (pending) {
    return (
      <div className="notice notice--important">
        <p>{t('founding.reports.pendingExists')}</p>
        <p>
          <Link href={reportPath(pending.id)}>{t('founding.reports.openPending', { businessName: pending.businessName })}</Link>
        </p>
      </div>
    );
  }
  return <NewReportForm rejected={mine.data.items.find((report) => report.status === 'rejected') ?? null} />;
}

function NewReportForm({ rejected }: { rejected: FoundingReport | null }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useReportForm(emptyReportValues);
  const { stores, isLoading } = useInquiredStores();
  const create = useMutation({
    mutationFn: (request: CreateFoundingReportInput) => client.request<FoundingReport>('/founding-reports', { method: 'POST', body: request }),
  });

  const submit = () => {
    if (create.isPending) return;
    const check = checkReportForm(t, form.values, japanDateKey(new Date()));
    if (!check.ok) return form.fail({ fields: check.problems });
    form.clear();
    create.mutate(check.request, {
      onSuccess: async (report) => {
        await forgetFounding(queryClient);
        await navigate(reportPath(report.id), { state: { saved: 'created' } satisfies ReportNotice });
      },
      onError: (error) => failSave(form, t, error),
    });
  };

  return (
    <>
      <p>{t('founding.reports.newLead')}</p>
      {rejected && (
        <p className="notice">
          {t('founding.reports.rejectedExists')} <Link href={reportPath(rejected.id)}>{t('founding.reports.openRejected', { businessName: rejected.businessName })}</Link>
        </p>
      )}
      <ReportFormFields form={form} stores={stores} storesLoading={isLoading} onSubmit={submit} isPending={create.isPending} submitLabel={t('founding.reports.form.submit')} />
    </>
  );
}
