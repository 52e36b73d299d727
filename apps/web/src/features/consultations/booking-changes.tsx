import type { CancelConsultationBooking, ConsultationBooking, RescheduleConsultationBooking } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { currentLanguage, type Language } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { TextAreaField } from '../../ui/form';
import { SLOT_GONE_CODES } from './booking-links';
import { japanMoment, sessionTime } from './japan-calendar';
import { SlotPicker, slotsPath, weekBounds, type ConsultationSlot } from './slot-picker';

/** What the booking's page says happened last. */
export type BookingChange = 'booked' | 'rescheduled' | 'cancelled';

/**
 * Until when the booker may cancel or move the booking, or why they no longer may: cancelled,
 * over, or past the cut-off (then whom to contact). `canChange` is whether the caller may act now
 * (the API's `actions`; an adviser or staff may act after the booker's cut-off).
 */
export function ChangeRules({
  booking,
  language,
  canChange = booking.actions.length > 0,
  now = new Date(),
}: {
  booking: Pick<ConsultationBooking, 'status' | 'startsAt' | 'cancellableUntil' | 'actions'>;
  language: Language;
  canChange?: boolean;
  now?: Date;
}) {
  const { t } = useTranslation();
  const until = japanMoment(booking.cancellableUntil, language);
  let text: string;
  if (booking.status === 'cancelled') text = t('consultations.rules.cancelled');
  else if (booking.status !== 'booked' || now.getTime() >= Date.parse(booking.startsAt)) text = t('consultations.rules.over');
  else if (now.getTime() <= Date.parse(booking.cancellableUntil)) text = t('consultations.rules.until', { until });
  else if (canChange) text = t('consultations.rules.adviserMay', { until });
  else text = t('consultations.rules.cutoffPassed', { until });
  return <p className="change-rules">{text}</p>;
}

const errorText = (t: (key: 'form.networkError') => string, error: unknown) => (isApiError(error) ? error.message : t('form.networkError'));

/**
 * Moving a booking: the same adviser's free slots, a week at a time; the picked one is confirmed in
 * a dialog that shows the old and the new time. When it went in the meantime, the slots are fetched
 * again and the reason shown above them.
 */
export function RescheduleBooking({ booking, token, onRescheduled }: { booking: ConsultationBooking; token: string | undefined; onRescheduled: () => void | Promise<void> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [week, setWeek] = useState(() => weekBounds().first);
  const [chosen, setChosen] = useState<ConsultationSlot | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: (request: RescheduleConsultationBooking) =>
      client.request<ConsultationBooking>(`/consultation-bookings/${encodeURIComponent(booking.id)}/reschedule`, { method: 'POST', body: request }),
  });

  const confirm = () => {
    if (!chosen || move.isPending) return;
    move.mutate(
      { startsAt: chosen.startsAt, token },
      {
        onSuccess: async () => {
          setChosen(null);
          await queryClient.invalidateQueries({ queryKey: ['api', slotsPath] });
          await queryClient.invalidateQueries({ queryKey: ['api', '/consultation-bookings'] });
          await onRescheduled();
        },
        onError: async (error) => {
          if (isApiError(error) && SLOT_GONE_CODES.includes(error.code)) {
            setChosen(null);
            setProblem(error.message);
            await queryClient.invalidateQueries({ queryKey: ['api', slotsPath] });
          }
        },
      },
    );
  };

  const slotGone = isApiError(move.error) && SLOT_GONE_CODES.includes(move.error.code);
  return (
    <div className="reschedule">
      <SlotPicker
        filters={{ adviserId: booking.adviser.id }}
        week={week}
        onWeekChange={setWeek}
        showAdviser={false}
        title={t('consultations.reschedule.title', { name: booking.adviser.displayName })}
        notice={
          <div role="alert">
            {problem && (
              <div className="notice notice--important slot-problem">
                <p className="notice__title">{t('consultations.page.slotGoneTitle')}</p>
                <p>{problem}</p>
              </div>
            )}
          </div>
        }
        onPick={(slot) => {
          move.reset();
          setProblem(null);
          setChosen(slot);
        }}
      />
      <ConfirmDialog
        isOpen={chosen !== null}
        onOpenChange={(open) => {
          if (!open) setChosen(null);
        }}
        title={t('consultations.reschedule.confirmTitle')}
        confirmLabel={t('consultations.reschedule.confirm')}
        onConfirm={confirm}
        isPending={move.isPending}
        error={move.error && !slotGone ? errorText(t, move.error) : null}
      >
        {chosen && (
          <dl className="details-list details-list--compact">
            <div>
              <dt>{t('consultations.reschedule.newTime')}</dt>
              <dd>{sessionTime(chosen.startsAt, chosen.endsAt, language)}</dd>
            </div>
            <div>
              <dt>{t('consultations.reschedule.oldTime')}</dt>
              <dd>{sessionTime(booking.startsAt, booking.endsAt, language)}</dd>
            </div>
          </dl>
        )}
        <p>{t('consultations.reschedule.mailNote')}</p>
      </ConfirmDialog>
    </div>
  );
}

/** Cancelling, with an optional reason the adviser reads; both sides are mailed. */
export function CancelBookingDialog({
  booking,
  token,
  isOpen,
  onOpenChange,
  onCancelled,
}: {
  booking: Pick<ConsultationBooking, 'id' | 'startsAt' | 'endsAt'>;
  token: string | undefined;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onCancelled: () => void | Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: (request: CancelConsultationBooking) =>
      client.request<ConsultationBooking>(`/consultation-bookings/${encodeURIComponent(booking.id)}/cancel`, { method: 'POST', body: request }),
  });

  const confirm = () => {
    if (cancel.isPending) return;
    cancel.mutate(
      { reason: reason.trim() || undefined, token },
      {
        onSuccess: async () => {
          setReason('');
          await queryClient.invalidateQueries({ queryKey: ['api', slotsPath] });
          await queryClient.invalidateQueries({ queryKey: ['api', '/consultation-bookings'] });
          await onCancelled();
        },
      },
    );
  };

  return (
    <ConfirmDialog
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) cancel.reset();
        onOpenChange(open);
      }}
      role="dialog"
      title={t('consultations.cancel.title')}
      confirmLabel={t('consultations.cancel.confirm')}
      onConfirm={confirm}
      isPending={cancel.isPending}
      error={cancel.error ? errorText(t, cancel.error) : null}
      danger
    >
      <p>{t('consultations.cancel.body', { when: sessionTime(booking.startsAt, booking.endsAt, language) })}</p>
      <TextAreaField
        id={`cancel-reason-${booking.id}`}
        name="reason"
        label={t('consultations.cancel.reason')}
        description={t('consultations.cancel.reasonHint')}
        value={reason}
        onChange={setReason}
        maxLength={500}
      />
    </ConfirmDialog>
  );
}
