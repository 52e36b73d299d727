import type { ConsultationBooking } from '@asaka/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage } from '../../i18n/i18n';
import { usePageTitle } from '../../ui/use-page-title';
import { SignInPrompt } from '../accounts/sign-in-prompt';
import { BookingFacts } from './booking-facts';
import { CancelBookingDialog, ChangeRules, RescheduleBooking, type BookingChange } from './booking-changes';
import { calendarHref } from './booking-links';

/** Passed to a booking's page right after it was made. */
export interface BookingNotice {
  booked?: boolean;
}

function bookingNoticeOf(state: unknown): BookingNotice {
  return typeof state === 'object' && state !== null ? (state as BookingNotice) : {};
}

/**
 * One booking: what the booker's mails link to (`?token=…`, no sign-in needed, until the session
 * starts) and what the adviser's mails link to (signed in). Shows the session with its Japan time
 * and zone, the intake, the calendar file, and cancel and reschedule when the API offers them
 * (`actions`), saying why when it does not. A link that has expired or is not ours says so.
 */
export function BookingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token') ?? undefined;
  const booking = useApiQuery<ConsultationBooking>(`/consultation-bookings/${encodeURIComponent(id)}`, token ? { token } : undefined);
  usePageTitle(t('consultations.booking.title'));

  if (booking.isError) return <BookingProblem error={booking.error} />;
  return (
    <div className="form-page form-page--wide booking-page">
      <h1>{t('consultations.booking.title')}</h1>
      {!booking.data ? <p role="status">{t('form.loading')}</p> : <BookingView booking={booking.data} token={token} startRescheduling={params.get('step') === 'reschedule'} />}
    </div>
  );
}

function BookingProblem({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  let title = t('consultations.booking.title');
  let body;
  if (error.statusCode === 401) body = <SignInPrompt message={t('consultations.booking.signIn')} />;
  else {
    if (error.code === 'BOOKING_LINK_EXPIRED') title = t('consultations.booking.expiredTitle');
    else if (error.code === 'BOOKING_LINK_INVALID') title = t('consultations.booking.invalidTitle');
    else if (error.statusCode === 404) title = t('consultations.booking.notFoundTitle');
    const linkProblem = error.code === 'BOOKING_LINK_EXPIRED' || error.code === 'BOOKING_LINK_INVALID';
    body = (
      <>
        <p role="alert" className="notice notice--important">
          {error.statusCode === 404 ? t('consultations.booking.notFound') : error.message}
        </p>
        {linkProblem && <p>{t(error.code === 'BOOKING_LINK_EXPIRED' ? 'consultations.booking.expiredHint' : 'consultations.booking.invalidHint')}</p>}
        <ul className="inline-links">
          <li>
            <Link href="/consultations/bookings">{t('consultations.booking.toMyBookings')}</Link>
          </li>
          <li>
            <Link href="/consultations">{t('consultations.booking.toSlots')}</Link>
          </li>
        </ul>
      </>
    );
  }
  return (
    <div className="form-page booking-page">
      <h1>{title}</h1>
      {body}
    </div>
  );
}

function BookingView({ booking, token, startRescheduling }: { booking: ConsultationBooking; token: string | undefined; startRescheduling: boolean }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const location = useLocation();
  const queryClient = useQueryClient();
  const [change, setChange] = useState<BookingChange | null>(bookingNoticeOf(location.state).booked ? 'booked' : null);
  const [rescheduling, setRescheduling] = useState(startRescheduling && booking.actions.includes('reschedule'));
  const [cancelling, setCancelling] = useState(false);
  const notice = useRef<HTMLDivElement>(null);

  const changed = async (what: BookingChange) => {
    setChange(what);
    setRescheduling(false);
    setCancelling(false);
    await queryClient.invalidateQueries({ queryKey: ['api', `/consultation-bookings/${encodeURIComponent(booking.id)}`] });
    // The button that was pressed is gone: the reading position moves to what happened.
    notice.current?.focus();
  };

  return (
    <>
      <div ref={notice} tabIndex={-1} role="status" className="focus-target booking-notice">
        {change && <p className="notice notice--done">{t(`consultations.booking.done.${change}`)}</p>}
      </div>
      <BookingFacts booking={booking} language={language} />
      <p>
        <a href={calendarHref(booking.id, token)} download="consultation.ics">
          {t('consultations.booking.calendar')}
        </a>
        <span className="field__hint"> {t('consultations.booking.calendarHint')}</span>
      </p>
      <section aria-labelledby="booking-changes-title" className="booking-changes">
        <h2 id="booking-changes-title">{t('consultations.booking.changesTitle')}</h2>
        <ChangeRules booking={booking} language={language} />
        {booking.actions.length > 0 && (
          <div className="form__actions">
            {booking.actions.includes('reschedule') && (
              <Button className="button button--secondary" aria-expanded={rescheduling} onPress={() => setRescheduling((open) => !open)}>
                {t('consultations.booking.reschedule')}
              </Button>
            )}
            {booking.actions.includes('cancel') && (
              <Button className="button button--danger-outline" onPress={() => setCancelling(true)}>
                {t('consultations.booking.cancel')}
              </Button>
            )}
          </div>
        )}
      </section>
      {rescheduling && <RescheduleBooking booking={booking} token={token} onRescheduled={() => changed('rescheduled')} />}
      <CancelBookingDialog booking={booking} token={token} isOpen={cancelling} onOpenChange={setCancelling} onCancelled={() => changed('cancelled')} />
    </>
  );
}
