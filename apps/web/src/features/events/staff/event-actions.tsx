import { cancelEventSchema, type EventDetail } from '@asaka/contracts';
import { EVENT_ACTIONS, type EventAction } from '@asaka/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError } from '../../../api/client';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { BusyButton, TextAreaField } from '../../../ui/form';
import { forgetEvents } from '../event-queries';

/**
 * The moves staff may make on an event now (publish, call off with a reason, mark held): exactly
 * those the API lists, each asked about first, since each is mailed or made public.
 */
export function EventActions({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<EventAction | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const move = useMutation({
    mutationFn: ({ action, body }: { action: EventAction; body?: unknown }) =>
      client.request<EventDetail>(`/events/${encodeURIComponent(event.id)}/${action}`, { method: 'POST', body }),
    onSuccess: async (_updated, { action }) => {
      await forgetEvents(queryClient);
      setAsking(null);
      setReason('');
      setDone(t(`events.staff.actions.done.${action}`));
    },
  });
  const errorOf = (error: unknown) => (isApiError(error) ? error.message : t('form.networkError'));

  const confirm = () => {
    if (move.isPending || !asking) return;
    if (asking !== 'cancel') return move.mutate({ action: asking });
    const parsed = cancelEventSchema.safeParse({ reason });
    if (!parsed.success) {
      setReasonError(reason.trim() === '' ? t('events.staff.actions.reasonRequired') : t('events.staff.actions.reasonTooLong', { max: 500 }));
      return;
    }
    setReasonError(null);
    move.mutate({ action: 'cancel', body: parsed.data });
  };

  const actions = EVENT_ACTIONS.filter((action) => event.actions.includes(action));

  return (
    <section aria-labelledby="event-actions-title" className="review-panel">
      <h2 id="event-actions-title">{t('events.staff.actions.title')}</h2>
      <p>{t(`events.staff.actions.explain.${event.status}`)}</p>
      {actions.length > 0 && (
        <div className="form__actions">
          {actions.map((action) => (
            <BusyButton
              key={action}
              isPending={false}
              className={`button ${action === 'cancel' ? 'button--danger-outline' : action === 'publish' ? 'button--primary' : 'button--secondary'}`}
              onPress={() => {
                move.reset();
                setDone(null);
                setReasonError(null);
                setAsking(action);
              }}
            >
              {t(`events.staff.actions.${action}`)}
            </BusyButton>
          ))}
        </div>
      )}
      <div role="status" className="form-status">
        {done && <p className="form-status__done">{done}</p>}
      </div>
      {asking && (
        <ConfirmDialog
          isOpen
          role={asking === 'cancel' ? 'dialog' : 'alertdialog'}
          onOpenChange={(open) => {
            if (!open) setAsking(null);
          }}
          title={t(`events.staff.actions.confirm.${asking}.title`, { title: event.title })}
          confirmLabel={t(`events.staff.actions.${asking}`)}
          isPending={move.isPending}
          error={move.isError ? errorOf(move.error) : null}
          danger={asking === 'cancel'}
          onConfirm={confirm}
        >
          <p>{t(`events.staff.actions.confirm.${asking}.body`, { registered: event.registered, waitlisted: event.waitlisted })}</p>
          {asking === 'cancel' && (
            <TextAreaField
              id="event-cancel-reason"
              name="reason"
              label={t('events.staff.actions.reason')}
              description={t('events.staff.actions.reasonHint')}
              isRequired
              rows={4}
              value={reason}
              onChange={setReason}
              error={reasonError ?? undefined}
            />
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
