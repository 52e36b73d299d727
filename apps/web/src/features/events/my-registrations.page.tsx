import type { EventRegistration, EventRegistrationPage } from '@asaka/contracts';
import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { Pagination, ResultCount } from '../../ui/pagination';
import { usePageTitle } from '../../ui/use-page-title';
import { useMe } from '../accounts';
import { SignInPrompt } from '../accounts/sign-in-prompt';
import { CheckInCode } from './check-in-code';
import { EventCardFrame } from './event-card';
import { placeLabel, registrationStatusLabel } from './format';
import { eventPageFrom } from './list-filters';

const pageSize = 20;
const minePath = '/events/mine';

/**
 * 「申し込んだイベント」: the person's registrations, the latest event first, with their status,
 * the waiting-list position and the check-in code; by default only events still to come.
 */
export function MyRegistrationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('events.mine.title'));

  let content;
  if (me.data === null) content = <SignInPrompt />;
  else if (me.isError) content = <p role="alert">{me.error.message}</p>;
  else if (!me.data) content = <p role="status">{t('form.loading')}</p>;
  else content = <MyRegistrations />;

  return (
    <div className="wide-page">
      <p className="breadcrumb">
        <Link href="/events">{t('events.detail.back')}</Link>
      </p>
      <h1>{t('events.mine.title')}</h1>
      {content}
    </div>
  );
}

function MyRegistrations() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = eventPageFrom(params);
  const all = params.get('all') === '1';
  const registrations = useApiQuery<EventRegistrationPage>('/me/event-registrations', { upcoming: all ? undefined : true, page, pageSize }, { placeholderData: keepPreviousData });
  const hrefFor = (target: number) => {
    const search = new URLSearchParams();
    if (all) search.set('all', '1');
    if (target > 1) search.set('page', String(target));
    const query = search.toString();
    return query ? `${minePath}?${query}` : minePath;
  };

  return (
    <>
      <p>{all ? t('events.mine.leadAll') : t('events.mine.lead')}</p>
      <p>
        <Link href={all ? minePath : `${minePath}?all=1`}>{all ? t('events.mine.showUpcoming') : t('events.mine.showAll')}</Link>
      </p>
      {registrations.isError ? (
        <p role="alert" className="form-status__failed">
          {registrations.error.message}
        </p>
      ) : !registrations.data ? (
        <p role="status">{t('form.loading')}</p>
      ) : (
        <>
          <ResultCount page={registrations.data.page} pageSize={registrations.data.pageSize} total={registrations.data.total} shown={registrations.data.items.length} />
          {registrations.data.total === 0 && (
            <p>
              <Link href="/events">{t('events.mine.findEvents')}</Link>
            </p>
          )}
          {registrations.data.items.length > 0 && (
            <ul className="event-list">
              {registrations.data.items.map((registration) => (
                <MyRegistration key={registration.id} registration={registration} />
              ))}
            </ul>
          )}
          <Pagination page={page} pageSize={pageSize} total={registrations.data.total} hrefFor={hrefFor} />
        </>
      )}
    </>
  );
}

function MyRegistration({ registration }: { registration: EventRegistration }) {
  const { t } = useTranslation();
  const { event } = registration;
  const status = registration.status === 'cancelled' ? 'cancelled' : registration.attendedAt ? 'attended' : registration.status;
  const showCode = registration.status === 'registered' && !registration.attendedAt && registration.checkInCode;
  return (
    <EventCardFrame event={event} titleId={`my-registration-${registration.id}`} Heading="h2" after={showCode && <CheckInCode code={showCode} />}>
      <div>
        <dt>{t('events.facts.where')}</dt>
        <dd>{event.place.kind === 'online' && event.place.url ? `${placeLabel(t, event.place)} ${event.place.url}` : placeLabel(t, event.place)}</dd>
      </div>
      <div>
        <dt>{t('events.facts.myStatus')}</dt>
        <dd>
          <span className={`badge badge--registration-${status}`}>{registrationStatusLabel(t, registration)}</span>
          {event.status === 'cancelled' && registration.status !== 'cancelled' && ` ${t('events.seats.cancelled')}`}
        </dd>
      </div>
    </EventCardFrame>
  );
}
