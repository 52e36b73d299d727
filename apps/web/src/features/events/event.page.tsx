import type { EventDetail } from '@asaka/contracts';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage } from '../../i18n/i18n';
import { usePageTitle } from '../../ui/use-page-title';
import { useMe } from '../accounts';
import { hasStaffRights } from '../staff/staff-access';
import { EventFacts } from './event-facts';
import { kindLabel, staffEventPath } from './format';
import { RegistrationPanel } from './registration-panel';

/**
 * An event's page, the one every mail links to: what, when (Japan time), where, the seats, and the
 * visitor's own registration: register, the waiting-list position, the check-in code, cancel.
 * A called-off event says so first, with the reason.
 */
export function EventPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { id = '' } = useParams();
  const event = useApiQuery<EventDetail>(`/events/${encodeURIComponent(id)}`);
  const me = useMe();
  usePageTitle(event.data?.title ?? t('events.detail.title'));

  const breadcrumb = (
    <p className="breadcrumb">
      <Link href="/events">{t('events.detail.back')}</Link>
    </p>
  );

  if (event.isError || !event.data) {
    return (
      <div className="form-page">
        {breadcrumb}
        <h1>{t('events.detail.title')}</h1>
        {event.isError ? (
          <p role="alert">{event.error.statusCode === 404 || event.error.statusCode === 400 ? t('events.detail.notFound') : event.error.message}</p>
        ) : (
          <p role="status">{t('form.loading')}</p>
        )}
      </div>
    );
  }

  const detail = event.data;
  return (
    <div className="wide-page event-page">
      {breadcrumb}
      <p className="event-card__kind">
        <span className={`badge badge--event-${detail.kind}`}>{kindLabel(detail.kind, language)}</span>
      </p>
      <h1>{detail.title}</h1>
      {detail.status === 'cancelled' && (
        <div className="notice notice--important event-cancelled">
          <p className="notice__title">{t('events.detail.cancelledTitle')}</p>
          {detail.cancellationReason && <p>{t('events.detail.cancelledReason', { reason: detail.cancellationReason })}</p>}
          <p>{t('events.detail.cancelledRegistrations')}</p>
        </div>
      )}
      {detail.status === 'finished' && <p className="notice">{t('events.detail.finished')}</p>}
      {detail.status === 'draft' && <p className="notice">{t('events.detail.draft')}</p>}
      <EventFacts event={detail} />
      {me.data && hasStaffRights(me.data.roles) && (
        <p>
          <Link href={staffEventPath(detail.id)}>{t('events.detail.manage')}</Link>
        </p>
      )}
      {/* A draft takes no registration (only staff see it); a called-off one has said why above. */}
      {(detail.status === 'published' || detail.status === 'finished') && <RegistrationPanel event={detail} />}
      {detail.description && (
        <section aria-labelledby="event-description-title" className="event-description">
          <h2 id="event-description-title">{t('events.detail.description')}</h2>
          <p className="preserve-lines">{detail.description}</p>
        </section>
      )}
    </div>
  );
}
