import type { EventDetail } from '@asaka/contracts';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query';
import { currentLanguage } from '../../../i18n/i18n';
import { usePageTitle } from '../../../ui/use-page-title';
import { AccessProblem, StaffGate } from '../../staff/staff-access';
import { EventFacts } from '../event-facts';
import { eventPath, kindLabel } from '../format';
import { CapacityForm } from './capacity-form';
import { EventActions } from './event-actions';
import { EventStatusBadge } from './event-status-badge';
import { staffEventNoticeOf } from './save-event';

/**
 * One event as staff run it: its status and facts with the counts (seats taken, waiting,
 * checked in), the moves possible now, the capacity, and the ways to the form, the attendance list
 * and the public page.
 */
export function StaffEventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const event = useApiQuery<EventDetail>(`/events/${encodeURIComponent(id)}`);
  usePageTitle(event.data?.title ?? t('events.staff.event.title'));
  return (
    <StaffGate title={event.data?.title ?? t('events.staff.event.title')}>
      {() => (
        <>
          <p className="breadcrumb">
            <Link href="/staff/events">{t('events.staff.backToList')}</Link>
          </p>
          {event.isError ? <AccessProblem error={event.error} /> : !event.data ? <p role="status">{t('form.loading')}</p> : <StaffEvent event={event.data} />}
        </>
      )}
    </StaffGate>
  );
}

function StaffEvent({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const location = useLocation();
  const notice = staffEventNoticeOf(location.state);
  return (
    <>
      {notice.saved && (
        <p role="status" className="notice notice--done">
          {t(`events.staff.event.saved.${notice.saved}`)}
        </p>
      )}
      <p className="event-staff__status">
        <EventStatusBadge status={event.status} /> <span>{kindLabel(event.kind, language)}</span>
      </p>
      {event.status === 'cancelled' && event.cancellationReason && (
        <div className="notice notice--important">
          <p className="notice__title">{t('events.staff.event.cancellationReason')}</p>
          <p className="preserve-lines">{event.cancellationReason}</p>
        </div>
      )}
      <ul className="inline-links">
        {event.editable && (
          <li>
            <Link href={`/staff/events/${encodeURIComponent(event.id)}/edit`}>{t('events.staff.event.edit')}</Link>
          </li>
        )}
        <li>
          <Link href={`/staff/events/${encodeURIComponent(event.id)}/attendance`}>{t('events.staff.event.attendance')}</Link>
        </li>
        {event.publishedAt && (
          <li>
            <Link href={eventPath(event.id)}>{t('events.staff.event.publicPage')}</Link>
          </li>
        )}
      </ul>
      <EventFacts event={event} showCounts />
      <EventActions event={event} />
      {event.editable && <CapacityForm event={event} />}
    </>
  );
}
