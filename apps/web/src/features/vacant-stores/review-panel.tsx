import { rejectVacantStoreSchema, type VacantStore, type VacantStoreActionName } from '@asaka/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { VACANT_STORE_ACTIONS } from '@asaka/domain';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { BusyButton, TextAreaField } from '../../ui/form';
import { formatJapanDateTime } from '../../ui/japan-time';
import { StatusBadge } from './store-details';

/** Every cached answer about listings: after a move, lists and pages show the new status. */
export function forgetListings(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'api' && String(query.queryKey[1]).startsWith('/vacant-stores') });
}

/** Moves that are asked about first: they make the listing public, send it back, or end it. */
const confirmed: readonly VacantStoreActionName[] = ['publish', 'reject', 'mark-let', 'close', 'withdraw'];
type ConfirmedMove = 'publish' | 'mark-let' | 'close' | 'withdraw';
const isConfirmedMove = (action: VacantStoreActionName): action is ConfirmedMove => confirmed.includes(action) && action !== 'reject';

/**
 * The listing's place in the review flow and the moves the caller may make now: exactly the
 * actions the API lists for this caller, so the page never offers a button the API would refuse.
 * `hasUnsavedChanges` stops a submission of the saved version while the form holds other values.
 */
export function ReviewPanel({
  store,
  audience,
  hasUnsavedChanges = false,
  onMoved,
}: {
  store: VacantStore;
  audience: 'owner' | 'staff';
  hasUnsavedChanges?: boolean;
  onMoved?: (store: VacantStore, action: VacantStoreActionName) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<VacantStoreActionName | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const move = useMutation({
    mutationFn: ({ action, body }: { action: VacantStoreActionName; body?: unknown }) =>
      client.request<VacantStore>(`/vacant-stores/${encodeURIComponent(store.id)}/${action}`, { method: 'POST', body }),
  });
  const errorOf = (error: unknown) => (isApiError(error) ? error.message : t('form.networkError'));

  const run = (action: VacantStoreActionName, body?: unknown) => {
    if (move.isPending) return;
    setDone(null);
    setFailed(null);
    move.mutate(
      { action, body },
      {
        onSuccess: async (updated) => {
          await forgetListings(queryClient);
          setAsking(null);
          setReason('');
          setDone(t(`vacantStores.review.done.${action}`));
          onMoved?.(updated, action);
        },
        onError: (error) => {
          if (!asking) setFailed(errorOf(error));
        },
      },
    );
  };

  const press = (action: VacantStoreActionName) => {
    setDone(null);
    setFailed(null);
    if (action === 'submit' && hasUnsavedChanges) {
      setFailed(t('vacantStores.review.unsavedChanges'));
      return;
    }
    if (confirmed.includes(action)) {
      move.reset();
      setReasonError(null);
      setAsking(action);
      return;
    }
    run(action);
  };

  const confirmReject = () => {
    const parsed = rejectVacantStoreSchema.safeParse({ reason });
    if (!parsed.success) {
      setReasonError(reason.trim() === '' ? t('vacantStores.review.reasonRequired') : t('vacantStores.review.reasonTooLong', { max: 1000 }));
      return;
    }
    setReasonError(null);
    run('reject', parsed.data);
  };

  // In the domain's order (forward moves first, withdrawing last), whatever order the API lists them in.
  // A let is always to one inquiry: it is made from the store's inquiries (inquiries/store-inquiries-section), not here.
  const actions = VACANT_STORE_ACTIONS.filter(
    (action): action is VacantStoreActionName => action !== 'mark-let' && store.actions.some((offered) => offered === action),
  );
  const when = (iso: string | null) => (iso ? formatJapanDateTime(iso, language) : null);

  return (
    <section aria-labelledby="review-panel-title" className="review-panel">
      <h2 id="review-panel-title">{t('vacantStores.review.title')}</h2>
      <p className="review-panel__status">
        <StatusBadge status={store.status} /> {t(`vacantStores.review.explain.${audience}.${store.status}`)}
      </p>
      {store.status === 'rejected' && store.rejectionReason && (
        <div className="notice notice--important">
          <p className="notice__title">{t('vacantStores.review.rejectionReason')}</p>
          <p className="preserve-lines">{store.rejectionReason}</p>
        </div>
      )}
      <ul className="inline-list review-panel__dates">
        {store.submittedAt && <li>{t('vacantStores.review.submittedAt', { at: when(store.submittedAt) })}</li>}
        {store.publishedAt && <li>{t('vacantStores.review.publishedAt', { at: when(store.publishedAt) })}</li>}
        {store.expiresAt && <li>{t('vacantStores.review.expiresAt', { at: when(store.expiresAt) })}</li>}
      </ul>
      {actions.length > 0 && (
        <div className="form__actions">
          {actions.map((action) => (
            <BusyButton
              key={action}
              isPending={move.isPending && move.variables?.action === action && !asking}
              className={`button ${action === 'withdraw' || action === 'reject' ? 'button--danger-outline' : action === 'submit' || action === 'publish' ? 'button--primary' : 'button--secondary'}`}
              onPress={() => press(action)}
            >
              {t(`vacantStores.review.actions.${action}`)}
            </BusyButton>
          ))}
        </div>
      )}
      <div role="status" className="form-status">
        {done && <p className="form-status__done">{done}</p>}
      </div>
      <div role="alert" className="form-status">
        {failed && <p className="form-status__failed">{failed}</p>}
      </div>

      {asking === 'reject' ? (
        <ConfirmDialog
          isOpen
          role="dialog"
          onOpenChange={(open) => {
            if (!open) setAsking(null);
          }}
          title={t('vacantStores.review.rejectDialog.title', { title: store.title })}
          confirmLabel={t('vacantStores.review.actions.reject')}
          isPending={move.isPending}
          error={move.isError ? errorOf(move.error) : null}
          danger
          onConfirm={confirmReject}
        >
          <p>{t('vacantStores.review.rejectDialog.body')}</p>
          <TextAreaField
            id="review-reject-reason"
            name="reason"
            label={t('vacantStores.review.rejectDialog.reason')}
            description={t('vacantStores.review.rejectDialog.reasonHint')}
            isRequired
            rows={5}
            value={reason}
            onChange={setReason}
            error={reasonError ?? undefined}
          />
        </ConfirmDialog>
      ) : asking && isConfirmedMove(asking) ? (
        <ConfirmDialog
          isOpen
          onOpenChange={(open) => {
            if (!open) setAsking(null);
          }}
          title={t(`vacantStores.review.confirm.${asking}.title`, { title: store.title })}
          confirmLabel={t(`vacantStores.review.actions.${asking}`)}
          isPending={move.isPending}
          error={move.isError ? errorOf(move.error) : null}
          danger={asking === 'withdraw' || asking === 'close'}
          onConfirm={() => run(asking)}
        >
          <p>{t(`vacantStores.review.confirm.${asking}.body`)}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
