import type { EventDetail, EventRegistration } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { BusyButton } from '../../ui/form';
import { useMe } from '../accounts';
import { SignInPrompt } from '../accounts/sign-in-prompt';
import { CheckInCode } from './check-in-code';
import { forgetEvents } from './event-queries';
import { eventMoment } from './format';

type Outcome = { kind: 'registered' } | { kind: 'waitlisted'; position: number } | { kind: 'cancelled' };

/**
 * The visitor's side of an event: register (a seat, or the waiting list with its position), the
 * check-in code while holding a seat, and cancelling after a confirmation. What just happened is
 * said in a live region that then takes focus, since the button pressed is gone from the page.
 */
export function RegistrationPanel({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const me = useMe();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const mine = event.myRegistration;

  useEffect(() => {
    if (!outcome) return;
    outcomeRef.current?.focus();
    // Once more after the confirmation dialog has tried to give focus back to its trigger, which
    // is gone with the registration.
    const frame = requestAnimationFrame(() => outcomeRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [outcome]);

  const errorOf = (error: unknown) => (isApiError(error) ? error.message : t('form.networkError'));
  const register = useMutation({
    mutationFn: () => client.request<EventRegistration>(`/events/${encodeURIComponent(event.id)}/registrations`, { method: 'POST' }),
    onSuccess: async (registration) => {
      await forgetEvents(queryClient);
      setOutcome(registration.status === 'waitlisted' ? { kind: 'waitlisted', position: registration.waitlistPosition ?? 1 } : { kind: 'registered' });
    },
    onError: (error) => setFailed(errorOf(error)),
  });
  const cancel = useMutation({
    mutationFn: (id: string) => client.request<EventRegistration>(`/event-registrations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: async () => {
      await forgetEvents(queryClient);
      setConfirming(false);
      setOutcome({ kind: 'cancelled' });
    },
  });

  const start = () => {
    if (register.isPending) return;
    setOutcome(null);
    setFailed(null);
    register.mutate();
  };

  const outcomeText =
    outcome?.kind === 'registered'
      ? t('events.registration.registeredDone')
      : outcome?.kind === 'waitlisted'
        ? t('events.registration.waitlistedDone', { position: outcome.position })
        : outcome?.kind === 'cancelled'
          ? t('events.registration.cancelledDone')
          : '';

  let body;
  if (me.isPending) body = <p>{t('form.loading')}</p>;
  else if (mine?.status === 'registered') {
    body = (
      <>
        {mine.attendedAt ? (
          <p className="event-registration__state">{t('events.registration.attended', { at: eventMoment(mine.attendedAt, language) })}</p>
        ) : (
          <>
            <p className="event-registration__state">{t('events.registration.registered')}</p>
            {mine.checkInCode && <CheckInCode code={mine.checkInCode} />}
          </>
        )}
      </>
    );
  } else if (mine?.status === 'waitlisted') {
    body = <p className="event-registration__state">{t('events.registration.waitlisted', { position: mine.waitlistPosition ?? 1 })}</p>;
  } else if (event.status !== 'published' || event.registration === 'closed') {
    body = <p>{t('events.registration.closed')}</p>;
  } else if (event.registration === 'not-open-yet') {
    body = <p>{t('events.registration.notOpenYet', { at: eventMoment(event.registrationOpensAt, language) })}</p>;
  } else {
    const full = event.registration === 'waitlist';
    const explain = full ? t('events.registration.waitlistExplain') : t('events.registration.openExplain', { count: event.seatsRemaining });
    body = me.data ? (
      <>
        <p>{explain}</p>
        <div className="form__actions">
          <BusyButton isPending={register.isPending} className="button button--primary" onPress={start}>
            {full ? t('events.registration.joinWaitlist') : t('events.registration.register')}
          </BusyButton>
        </div>
      </>
    ) : (
      <>
        <p>{explain}</p>
        <SignInPrompt message={t('events.registration.signIn')} />
      </>
    );
  }

  return (
    <section aria-labelledby="event-registration-title" className="call-to-action event-registration">
      <h2 id="event-registration-title">{t('events.registration.title')}</h2>
      <div role="status" className="form-status">
        {outcomeText && (
          <p ref={outcomeRef} tabIndex={-1} className="form-status__done focus-target">
            {outcomeText}
          </p>
        )}
      </div>
      <div role="alert" className="form-status">
        {failed && <p className="form-status__failed">{failed}</p>}
      </div>
      {body}
      {mine && mine.actions.includes('cancel') && (
        <div className="form__actions">
          <BusyButton
            isPending={false}
            className="button button--danger-outline"
            onPress={() => {
              cancel.reset();
              setConfirming(true);
            }}
          >
            {mine.status === 'waitlisted' ? t('events.registration.leaveWaitlist') : t('events.registration.cancel')}
          </BusyButton>
        </div>
      )}
      {confirming && mine && (
        <ConfirmDialog
          isOpen
          onOpenChange={(open) => {
            if (!open) setConfirming(false);
          }}
          title={t('events.registration.cancelDialog.title', { title: event.title })}
          confirmLabel={mine.status === 'waitlisted' ? t('events.registration.leaveWaitlist') : t('events.registration.cancel')}
          isPending={cancel.isPending}
          error={cancel.isError ? errorOf(cancel.error) : null}
          danger
          onConfirm={() => {
            if (!cancel.isPending) cancel.mutate(mine.id);
          }}
        >
          <p>{mine.status === 'waitlisted' ? t('events.registration.cancelDialog.waitlist') : t('events.registration.cancelDialog.seat')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
