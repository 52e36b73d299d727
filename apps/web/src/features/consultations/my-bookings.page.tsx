import type { ConsultationBookingPage, ConsultationSettings } from '@asaka/contracts';
import { cancellableUntil, consultationChangeRefusal, toJapanIso } from '@asaka/domain';
import { keepPreviousData } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage } from '../../i18n/i18n';
import { Pagination } from '../../ui/pagination';
import { usePageTitle } from '../../ui/use-page-title';
import { useMe } from '../accounts';
import { SignInPrompt } from '../accounts/sign-in-prompt';
import { CancelBookingDialog, ChangeRules } from './booking-changes';
import { bookingHref, calendarHref } from './booking-links';
import { sessionTime } from './japan-calendar';
import { placeLabel, StatusBadge, topicLabel } from './labels';

type BookingSummary = ConsultationBookingPage['items'][number];

const myBookingsPath = '/consultations/bookings';
const historyPageSize = 20;

function pageOf(params: URLSearchParams): number {
  const value = params.get('page');
  return value && /^\d{1,6}$/.test(value) ? Math.max(1, Number(value)) : 1;
}

/**
 * 相談の予約の確認: the sessions ahead, each with cancel and reschedule while the booker may still
 * change it (and, once the cut-off has passed, why not and whom to call), the calendar file; then
 * the bookings that are over or were cancelled.
 */
export function MyBookingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('consultations.mine.title'));

  let content;
  if (me.data === null) content = <SignInPrompt />;
  else if (me.isError) content = <p role="alert">{me.error.message}</p>;
  else if (!me.data) content = <p role="status">{t('form.loading')}</p>;
  else content = <MyBookings />;

  return (
    <div className="wide-page my-bookings">
      <h1>{t('consultations.mine.title')}</h1>
      {content}
    </div>
  );
}

function MyBookings() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = pageOf(params);
  const settings = useApiQuery<ConsultationSettings>('/consultation-settings');
  const upcoming = useApiQuery<ConsultationBookingPage>('/consultation-bookings', { view: 'mine', upcoming: true, status: 'booked', pageSize: 100 });
  const history = useApiQuery<ConsultationBookingPage>('/consultation-bookings', { view: 'mine', page, pageSize: historyPageSize }, { placeholderData: keepPreviousData });
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRegion = useRef<HTMLDivElement>(null);
  // When the page was opened: a session that starts while it is open stays where it was listed.
  const [now] = useState(() => Date.now());
  const past = (history.data?.items ?? []).filter((booking) => !(booking.status === 'booked' && Date.parse(booking.startsAt) > now));

  return (
    <>
      <div ref={noticeRegion} tabIndex={-1} role="status" className="focus-target">
        {notice && <p className="notice notice--done">{notice}</p>}
      </div>
      <p>{t('consultations.mine.lead')}</p>
      <p>
        <Link href="/consultations" className="button button--primary">
          {t('consultations.mine.bookNew')}
        </Link>
      </p>
      <section aria-labelledby="upcoming-bookings-title">
        <h2 id="upcoming-bookings-title">{t('consultations.mine.upcoming')}</h2>
        {upcoming.isError || settings.isError ? (
          <p role="alert" className="form-status__failed">
            {(upcoming.error ?? settings.error)?.message}
          </p>
        ) : !upcoming.data || !settings.data ? (
          <p role="status">{t('form.loading')}</p>
        ) : upcoming.data.items.length === 0 ? (
          <p>{t('consultations.mine.noUpcoming')}</p>
        ) : (
          <ul className="booking-list">
            {upcoming.data.items.map((booking) => (
              <UpcomingBooking
                key={booking.id}
                booking={booking}
                cutoffMinutes={settings.data.cancellationCutoffMinutes}
                onCancelled={(when) => {
                  setNotice(t('consultations.mine.cancelled', { when }));
                  // The booking has left the list with its button: the reading position moves to what happened.
                  noticeRegion.current?.focus();
                }}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="past-bookings-title">
        <h2 id="past-bookings-title">{t('consultations.mine.past')}</h2>
        {history.isError ? (
          <p role="alert" className="form-status__failed">
            {history.error.message}
          </p>
        ) : !history.data ? (
          <p role="status">{t('form.loading')}</p>
        ) : past.length === 0 ? (
          <p>{t('consultations.mine.noPast')}</p>
        ) : (
          <ul className="booking-list">
            {past.map((booking) => (
              <li key={booking.id} className="booking-card">
                <BookingHeading booking={booking} />
              </li>
            ))}
          </ul>
        )}
        {history.data && (
          <Pagination
            page={page}
            pageSize={historyPageSize}
            total={history.data.total}
            hrefFor={(target) => (target > 1 ? `${myBookingsPath}?page=${target}` : myBookingsPath)}
          />
        )}
      </section>
    </>
  );
}

/** The time (linking to the booking's page), what, with whom, where, and the status. */
function BookingHeading({ booking }: { booking: BookingSummary }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const titleId = `booking-${booking.id}`;
  return (
    <>
      <h3 id={titleId} className="booking-card__title">
        <Link href={bookingHref(booking.id)}>{sessionTime(booking.startsAt, booking.endsAt, language)}</Link>
      </h3>
      <p className="booking-card__facts">
        <StatusBadge status={booking.status} t={t} /> {topicLabel(booking.topic, language)} ・ {booking.adviser.displayName}（{booking.adviser.organizationName}） ・{' '}
        {placeLabel(booking.place, language)}
      </p>
    </>
  );
}

function UpcomingBooking({ booking, cutoffMinutes, onCancelled }: { booking: BookingSummary; cutoffMinutes: number; onCancelled: (when: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [cancelling, setCancelling] = useState(false);
  const now = new Date();
  const startsAt = new Date(booking.startsAt);
  const mayChange = consultationChangeRefusal({ status: booking.status, startsAt }, 'booker', now, cutoffMinutes) === null;
  const until = toJapanIso(cancellableUntil(startsAt, cutoffMinutes));
  const when = sessionTime(booking.startsAt, booking.endsAt, language);

  return (
    <li className="booking-card">
      <article aria-labelledby={`booking-${booking.id}`}>
        <BookingHeading booking={booking} />
        <ChangeRules booking={{ status: booking.status, startsAt: booking.startsAt, cancellableUntil: until, actions: [] }} language={language} canChange={mayChange} now={now} />
        <ul className="inline-links">
          {mayChange && (
            <li>
              <Link href={bookingHref(booking.id, { reschedule: true })} aria-label={t('consultations.mine.rescheduleLabel', { when })}>
                {t('consultations.booking.reschedule')}
              </Link>
            </li>
          )}
          <li>
            <a href={calendarHref(booking.id)} download="consultation.ics" aria-label={t('consultations.mine.calendarLabel', { when })}>
              {t('consultations.booking.calendar')}
            </a>
          </li>
        </ul>
        {mayChange && (
          <div className="form__actions">
            <Button className="button button--danger-outline button--small" aria-label={t('consultations.mine.cancelLabel', { when })} onPress={() => setCancelling(true)}>
              {t('consultations.booking.cancel')}
            </Button>
          </div>
        )}
        <CancelBookingDialog booking={booking} token={undefined} isOpen={cancelling} onOpenChange={setCancelling} onCancelled={() => onCancelled(when)} />
      </article>
    </li>
  );
}
