import type { EventAttendee, EventAttendeePage, EventCheckInResult, EventDetail } from '@asaka/contracts';
import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError } from '../../../api/client';
import { useApiQuery } from '../../../api/use-api-query';
import { currentLanguage } from '../../../i18n/i18n';
import { DataTable } from '../../../ui/data-table';
import { BusyButton } from '../../../ui/form';
import { Pagination } from '../../../ui/pagination';
import { usePageTitle } from '../../../ui/use-page-title';
import { pageFrom } from '../../staff/filters';
import { AccessProblem, StaffGate } from '../../staff/staff-access';
import { forgetEvents } from '../event-queries';
import { eventMoment, eventTime, registrationStatusLabel, staffEventPath } from '../format';
import { downloadCsv as fetchCsv } from '../../../api/download-csv';
import { CheckInForm, type CheckInAnnouncement } from './check-in-form';

// The API's largest page: a seminar room's list fits on one.
const attendeePageSize = 500;

/**
 * 「受付・出席簿」: the reception desk on the day. Staff check people in by the code they show (the
 * big input at the top) or from the list, see who has come, and download the list as CSV.
 */
export function AttendancePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const event = useApiQuery<EventDetail>(`/events/${encodeURIComponent(id)}`);
  usePageTitle(event.data ? t('events.staff.attendance.pageTitle', { title: event.data.title }) : t('events.staff.attendance.title'));
  return (
    <StaffGate title={t('events.staff.attendance.title')}>
      {() => (
        <>
          <p className="breadcrumb">
            <Link href={staffEventPath(id)}>{t('events.staff.backToEvent')}</Link>
          </p>
          {event.isError ? <AccessProblem error={event.error} /> : !event.data ? <p role="status">{t('form.loading')}</p> : <Attendance event={event.data} />}
        </>
      )}
    </StaffGate>
  );
}

function Attendance({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [announcement, setAnnouncement] = useState<CheckInAnnouncement | null>(null);
  const announce = ({ attendee, alreadyCheckedIn }: EventCheckInResult) =>
    setAnnouncement((previous) => ({
      text: alreadyCheckedIn
        ? t('events.staff.checkIn.already', { name: attendee.displayName, at: attendee.attendedAt ? eventMoment(attendee.attendedAt, language) : '' })
        : t('events.staff.checkIn.done', { name: attendee.displayName, code: attendee.checkInCode ?? '' }),
      sequence: (previous?.sequence ?? 0) + 1,
    }));

  return (
    <>
      <p className="event-attendance__event">
        <strong>{event.title}</strong>
        <br />
        <time dateTime={event.startsAt}>{eventTime(event, language)}</time>
      </p>
      <p className="event-attendance__counts">
        {t('events.staff.attendance.counts', { registered: event.registered, attended: event.attended ?? 0, waitlisted: event.waitlisted })}
      </p>
      {event.status === 'cancelled' ? (
        <p className="notice notice--important">{t('events.staff.attendance.cancelled')}</p>
      ) : (
        <section aria-labelledby="check-in-title" className="check-in">
          <h2 id="check-in-title">{t('events.staff.checkIn.title')}</h2>
          <CheckInForm eventId={event.id} onCheckedIn={announce} />
        </section>
      )}
      {/* Polite: the next code is already being typed; the message must not interrupt it. */}
      <div role="status" aria-live="polite" className="form-status check-in__announcement">
        {announcement && (
          <p key={announcement.sequence} className="form-status__done">
            {announcement.text}
          </p>
        )}
      </div>
      <AttendanceList event={event} onCheckedIn={announce} />
    </>
  );
}

function AttendanceList({ event, onCheckedIn }: { event: EventDetail; onCheckedIn: (result: EventCheckInResult) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const page = pageFrom(params);
  const attendees = useApiQuery<EventAttendeePage>(`/events/${encodeURIComponent(event.id)}/registrations`, { page, pageSize: attendeePageSize }, { placeholderData: keepPreviousData });
  const [rowProblem, setRowProblem] = useState<string | null>(null);
  const [download, setDownload] = useState<{ done?: string; failed?: string }>({});
  const [downloading, setDownloading] = useState(false);
  // The row whose button was pressed: once it shows the check-in, focus goes there (the button is gone).
  const [justCheckedIn, setJustCheckedIn] = useState<string | null>(null);

  const checkIn = useMutation({
    mutationFn: (registrationId: string) => client.request<EventCheckInResult>(`/events/${encodeURIComponent(event.id)}/check-in`, { method: 'POST', body: { registrationId } }),
    onSuccess: async (result) => {
      setRowProblem(null);
      onCheckedIn(result);
      setJustCheckedIn(result.attendee.id);
      await forgetEvents(queryClient);
    },
    onError: (error) => setRowProblem(isApiError(error) ? error.message : t('form.networkError')),
  });

  const downloadCsv = async () => {
    if (downloading) return;
    setDownloading(true);
    setDownload({});
    try {
      const fileName = await fetchCsv(`/events/${encodeURIComponent(event.id)}/attendance.csv`, { language, fallbackName: `attendance-${event.id.slice(0, 8)}.csv` });
      setDownload({ done: t('events.staff.attendance.downloaded', { fileName }) });
    } catch (error) {
      setDownload({ failed: isApiError(error) ? error.message : t('form.networkError') });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <section aria-labelledby="attendance-list-title" className="event-attendance">
      <h2 id="attendance-list-title">{t('events.staff.attendance.listTitle')}</h2>
      <div className="form__actions">
        <BusyButton isPending={downloading} className="button button--secondary" onPress={() => void downloadCsv()} pendingLabel={t('events.staff.attendance.downloading')}>
          {t('events.staff.attendance.download')}
        </BusyButton>
      </div>
      <div role="status" className="form-status">
        {download.done && <p className="form-status__done">{download.done}</p>}
      </div>
      <div role="alert" className="form-status">
        {download.failed && <p className="form-status__failed">{download.failed}</p>}
        {rowProblem && <p className="form-status__failed">{rowProblem}</p>}
      </div>
      {attendees.isError ? (
        <AccessProblem error={attendees.error} />
      ) : !attendees.data ? (
        <p role="status">{t('form.loading')}</p>
      ) : attendees.data.total === 0 ? (
        <p>{t('events.staff.attendance.none')}</p>
      ) : (
        <>
          <DataTable caption={t('events.staff.attendance.caption', { title: event.title })}>
            <thead>
              <tr>
                <th scope="col">{t('events.staff.attendance.columns.name')}</th>
                <th scope="col">{t('events.staff.attendance.columns.status')}</th>
                <th scope="col">{t('events.staff.attendance.columns.code')}</th>
                <th scope="col">{t('events.staff.attendance.columns.attended')}</th>
                <th scope="col">{t('events.staff.attendance.columns.email')}</th>
              </tr>
            </thead>
            <tbody>
              {attendees.data.items.map((attendee) => (
                <AttendeeRow
                  key={attendee.id}
                  attendee={attendee}
                  isPending={checkIn.isPending && checkIn.variables === attendee.id}
                  takeFocus={justCheckedIn === attendee.id}
                  canCheckIn={event.status === 'published' || event.status === 'finished'}
                  onCheckIn={() => {
                    if (!checkIn.isPending) checkIn.mutate(attendee.id);
                  }}
                />
              ))}
            </tbody>
          </DataTable>
          <Pagination
            page={page}
            pageSize={attendeePageSize}
            total={attendees.data.total}
            hrefFor={(target) => `${staffEventPath(event.id)}/attendance${target > 1 ? `?page=${target}` : ''}`}
          />
        </>
      )}
    </section>
  );
}

function AttendeeRow({
  attendee,
  isPending,
  takeFocus,
  canCheckIn,
  onCheckIn,
}: {
  attendee: EventAttendee;
  isPending: boolean;
  takeFocus: boolean;
  canCheckIn: boolean;
  onCheckIn: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const attended = useRef<HTMLSpanElement>(null);
  const checkedIn = attendee.attendedAt !== null;
  useEffect(() => {
    if (takeFocus && checkedIn) attended.current?.focus();
  }, [takeFocus, checkedIn]);
  return (
    <tr>
      <th scope="row">{attendee.displayName}</th>
      <td>{registrationStatusLabel(t, { ...attendee, attendedAt: null })}</td>
      <td className="event-attendance__code">{attendee.status === 'registered' ? attendee.checkInCode : '—'}</td>
      <td>
        {attendee.attendedAt ? (
          <span ref={attended} tabIndex={-1} className="badge badge--registration-attended focus-target">
            {t('events.staff.attendance.attendedAt', { at: eventMoment(attendee.attendedAt, language) })}
          </span>
        ) : attendee.status === 'registered' && canCheckIn ? (
          <BusyButton
            isPending={isPending}
            className="button button--secondary button--small"
            aria-label={t('events.staff.attendance.checkInLabel', { name: attendee.displayName })}
            onPress={onCheckIn}
          >
            {t('events.staff.attendance.checkIn')}
          </BusyButton>
        ) : (
          t('events.staff.attendance.notAttended')
        )}
      </td>
      <td className="event-attendance__email">{attendee.email}</td>
    </tr>
  );
}
