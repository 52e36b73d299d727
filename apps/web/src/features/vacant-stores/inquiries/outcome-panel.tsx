import { postStoreInquiryMessageSchema, STORE_INQUIRY_MESSAGE_MAX_LENGTH, type StoreInquiry } from '@asaka/contracts';
import { STORE_INQUIRY_ACTIONS, type StoreInquiryAction } from '@asaka/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError } from '../../../api/client';
import { currentLanguage } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { TextAreaField } from '../../../ui/form';
import { forgetInquiries, formatInquiryTime, InquiryStatusBadge } from './inquiry-labels';

/** The moves a party makes on the thread itself; the owner's let is made from the store's inquiries. */
type ThreadMove = Extract<StoreInquiryAction, 'confirm-let' | 'dispute-let' | 'close'>;
const threadMoves: readonly StoreInquiryAction[] = ['confirm-let', 'dispute-let', 'close'];
const isThreadMove = (action: StoreInquiryAction): action is ThreadMove => threadMoves.includes(action);

/** Where the owner side chooses whom the store was let to (the edit page's inquiries section). */
export const storeInquiriesPath = (storeId: string) => `/my/vacant-stores/${encodeURIComponent(storeId)}/edit#store-inquiries`;

/**
 * 「やり取りの結果」: where the inquiry stands for the caller's side, and exactly the moves the API
 * lists for them now (the domain's rules, see store-inquiry.ts): the seeker confirms or disputes
 * the owner's let, either party ends an open conversation (the answer the quiet-thread mail asks
 * for), and the owner side is led to the store's inquiries to mark it let. Each is asked first.
 */
export function OutcomePanel({ inquiry }: { inquiry: StoreInquiry }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<ThreadMove | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [done, setDone] = useState<ThreadMove | null>(null);

  const move = useMutation({
    mutationFn: async ({ action, message }: { action: ThreadMove; message?: string }) => {
      const base = `/inquiries/${encodeURIComponent(inquiry.id)}`;
      // The word to the other party goes first, while the thread still takes messages.
      if (message) await client.request(`${base}/messages`, { method: 'POST', body: { body: message } });
      return client.request<StoreInquiry>(`${base}/${action}`, { method: 'POST' });
    },
  });
  const errorOf = (error: unknown) => (isApiError(error) ? error.message : t('form.networkError'));

  const open = (action: ThreadMove) => {
    move.reset();
    setDone(null);
    setNoteError(null);
    setAsking(action);
  };

  const confirm = (action: ThreadMove) => {
    if (move.isPending) return;
    let message: string | undefined;
    if (action === 'close' && note.trim() !== '') {
      const parsed = postStoreInquiryMessageSchema.safeParse({ body: note });
      if (!parsed.success) {
        setNoteError(t('vacantStores.inquiries.validation.tooLong', { max: STORE_INQUIRY_MESSAGE_MAX_LENGTH }));
        return;
      }
      message = parsed.data.body;
    }
    setNoteError(null);
    move.mutate(
      { action, message },
      {
        onSuccess: async () => {
          setAsking(null);
          setNote('');
          setDone(action);
          await forgetInquiries(queryClient);
        },
        // A note that went out before the move failed is in the thread: show it.
        onError: () => void forgetInquiries(queryClient),
      },
    );
  };

  const actions = STORE_INQUIRY_ACTIONS.filter((action) => inquiry.actions.includes(action));
  const moves = actions.filter(isThreadMove);
  const dates = [
    inquiry.letAt && t('vacantStores.inquiries.outcome.letAt', { at: formatInquiryTime(t, inquiry.letAt, language) }),
    inquiry.seekerConfirmedAt && t('vacantStores.inquiries.outcome.seekerConfirmedAt', { at: formatInquiryTime(t, inquiry.seekerConfirmedAt, language) }),
    inquiry.seekerDisputedAt && t('vacantStores.inquiries.outcome.seekerDisputedAt', { at: formatInquiryTime(t, inquiry.seekerDisputedAt, language) }),
    inquiry.matchConfirmedAt && t('vacantStores.inquiries.outcome.matchConfirmedAt', { at: formatInquiryTime(t, inquiry.matchConfirmedAt, language) }),
    inquiry.closedAt && t('vacantStores.inquiries.outcome.closedAt', { at: formatInquiryTime(t, inquiry.closedAt, language) }),
  ].filter((line): line is string => Boolean(line));

  return (
    <section aria-labelledby="inquiry-outcome-title" className="review-panel inquiry-outcome">
      <h2 id="inquiry-outcome-title">{t('vacantStores.inquiries.outcome.title')}</h2>
      <p className="review-panel__status">
        <InquiryStatusBadge status={inquiry.status} /> {t(`vacantStores.inquiries.outcome.explain.${inquiry.mySide}.${inquiry.status}`)}
      </p>
      {inquiry.status === 'closed' && inquiry.closedReason && <p>{t(`vacantStores.inquiries.closedReasons.${inquiry.closedReason}`)}</p>}
      {dates.length > 0 && (
        <ul className="inline-list review-panel__dates">
          {dates.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {moves.length > 0 && (
        <div className="form__actions">
          {moves.map((action) => (
            <Button
              key={action}
              className={`button ${action === 'confirm-let' ? 'button--primary' : action === 'close' ? 'button--danger-outline' : 'button--secondary'}`}
              onPress={() => open(action)}
            >
              {t(`vacantStores.inquiries.outcome.actions.${action}`)}
            </Button>
          ))}
        </div>
      )}
      {actions.includes('mark-let') && (
        <p>
          <Link href={storeInquiriesPath(inquiry.vacantStoreId)}>{t('vacantStores.inquiries.outcome.markLetLink')}</Link>
        </p>
      )}
      <div role="status" className="form-status">
        {done && <p className="form-status__done">{t(`vacantStores.inquiries.outcome.done.${done}`)}</p>}
      </div>

      {asking && (
        <ConfirmDialog
          isOpen
          role={asking === 'close' ? 'dialog' : 'alertdialog'}
          onOpenChange={(isOpen) => {
            if (!isOpen) setAsking(null);
          }}
          title={t(`vacantStores.inquiries.outcome.confirm.${asking}.title`, { title: inquiry.storeTitle })}
          confirmLabel={t(`vacantStores.inquiries.outcome.actions.${asking}`)}
          isPending={move.isPending}
          error={move.isError ? errorOf(move.error) : null}
          danger={asking !== 'confirm-let'}
          onConfirm={() => confirm(asking)}
        >
          <p>{t(`vacantStores.inquiries.outcome.confirm.${asking}.body`, { name: inquiry.otherPartyName })}</p>
          {asking === 'close' && (
            <TextAreaField
              id="inquiry-close-note"
              name="note"
              label={t('vacantStores.inquiries.outcome.confirm.close.note')}
              description={t('vacantStores.inquiries.outcome.confirm.close.noteHint', { max: STORE_INQUIRY_MESSAGE_MAX_LENGTH })}
              rows={4}
              value={note}
              onChange={setNote}
              error={noteError ?? undefined}
            />
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
