import { rejectFoundingReportSchema, type FoundingReport } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError } from '../../../api/client';
import { currentLanguage } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { TextAreaField } from '../../../ui/form';
import { calendarDate, fiscalYearLabel } from '../format';
import { forgetFounding } from '../founding-queries';

type Decision = 'confirm' | 'reject';

/**
 * Staff's two answers to a submitted report, each asked about first: confirming counts it for
 * 「市の支援を受けて起業した件数」 and cannot be undone; sending it back needs the reason the person
 * will read. Only the buttons the API lists are shown. `onDecided` gets the sentence to announce.
 */
export function ReportDecision({ report, onDecided }: { report: FoundingReport; onDecided: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const decide = useMutation({
    mutationFn: ({ decision, body }: { decision: Decision; body?: unknown }) =>
      client.request<FoundingReport>(`/founding-reports/${encodeURIComponent(report.id)}/${decision}`, { method: 'POST', body }),
    onSuccess: async (updated, { decision }) => {
      setAsking(null);
      setReason('');
      const fiscalYear = fiscalYearLabel(t, updated.fiscalYear);
      onDecided(t(decision === 'confirm' ? 'founding.staff.reports.confirmed' : 'founding.staff.reports.rejected', { businessName: updated.businessName, fiscalYear }));
      await forgetFounding(queryClient);
    },
  });

  const confirm = () => {
    if (decide.isPending || !asking) return;
    if (asking === 'confirm') return decide.mutate({ decision: 'confirm' });
    const parsed = rejectFoundingReportSchema.safeParse({ reason });
    if (!parsed.success) {
      setReasonError(reason.trim() === '' ? t('founding.staff.reports.rejectDialog.reasonRequired') : t('founding.staff.reports.rejectDialog.reasonTooLong'));
      return;
    }
    setReasonError(null);
    decide.mutate({ decision: 'reject', body: parsed.data });
  };

  const open = (decision: Decision) => {
    decide.reset();
    setReasonError(null);
    setAsking(decision);
  };

  const canConfirm = report.actions.includes('confirm');
  const canReject = report.actions.includes('reject');
  if (!canConfirm && !canReject) return null;

  return (
    <div className="form__actions founding-decision">
      {canConfirm && (
        <Button className="button button--primary" aria-label={t('founding.staff.reports.confirmLabel', { businessName: report.businessName })} onPress={() => open('confirm')}>
          {t('founding.staff.reports.confirm')}
        </Button>
      )}
      {canReject && (
        <Button className="button button--danger-outline" aria-label={t('founding.staff.reports.rejectLabel', { businessName: report.businessName })} onPress={() => open('reject')}>
          {t('founding.staff.reports.reject')}
        </Button>
      )}
      {asking && (
        <ConfirmDialog
          isOpen
          role={asking === 'reject' ? 'dialog' : 'alertdialog'}
          onOpenChange={(isOpen) => {
            if (!isOpen) setAsking(null);
          }}
          title={t(asking === 'confirm' ? 'founding.staff.reports.confirmDialog.title' : 'founding.staff.reports.rejectDialog.title', { businessName: report.businessName })}
          confirmLabel={t(asking === 'confirm' ? 'founding.staff.reports.confirm' : 'founding.staff.reports.reject')}
          isPending={decide.isPending}
          error={decide.isError ? (isApiError(decide.error) ? decide.error.message : t('form.networkError')) : null}
          danger={asking === 'reject'}
          onConfirm={confirm}
        >
          {asking === 'confirm' ? (
            <p>
              {t('founding.staff.reports.confirmDialog.body', {
                person: report.personName,
                foundedOn: calendarDate(report.foundedOn, language),
                fiscalYear: fiscalYearLabel(t, report.fiscalYear),
              })}
            </p>
          ) : (
            <>
              <p>{t('founding.staff.reports.rejectDialog.body', { person: report.personName })}</p>
              <TextAreaField
                id={`founding-reject-reason-${report.id}`}
                name="reason"
                label={t('founding.staff.reports.rejectDialog.reason')}
                description={t('founding.staff.reports.rejectDialog.reasonHint')}
                isRequired
                rows={4}
                value={reason}
                onChange={setReason}
                error={reasonError ?? undefined}
              />
            </>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}
