import type { EventDetail } from '@asaka/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { areasLabel, eventMoment, eventTime, placeLabel, seatsLabel } from './format';

/**
 * An event's facts as a list of named values, shared by its public page and the staff's page.
 * The online link appears only when the API gave it (to people holding a seat, and staff); anyone
 * else learns when they will get it.
 */
export function EventFacts({ event, showCounts = false }: { event: EventDetail; showCounts?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { place } = event;
  return (
    <dl className="details-list event-details">
      <div>
        <dt>{t('events.facts.when')}</dt>
        <dd>
          <time dateTime={event.startsAt}>{eventTime(event, language)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('events.facts.where')}</dt>
        <dd>
          {place.kind === 'venue' ? (
            placeLabel(t, place)
          ) : place.url ? (
            <>
              {t('events.place.online')}
              <br />
              <a href={place.url} rel="noreferrer" className="event-online-link">
                {t('events.place.onlineLink')}
              </a>{' '}
              <span className="event-online-url">{place.url}</span>
            </>
          ) : (
            t('events.place.onlineHidden')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('events.facts.organizer')}</dt>
        <dd>{event.organizer}</dd>
      </div>
      <div>
        <dt>{t('events.facts.seats')}</dt>
        <dd>
          {seatsLabel(t, event, language)}
          {showCounts && (
            <span className="event-details__counts">
              {t('events.facts.counts', { capacity: event.capacity, registered: event.registered, waitlisted: event.waitlisted })}
              {event.attended !== null && ` ${t('events.facts.attended', { attended: event.attended })}`}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('events.facts.registrationPeriod')}</dt>
        <dd>{t('events.facts.period', { from: eventMoment(event.registrationOpensAt, language), to: eventMoment(event.registrationClosesAt, language) })}</dd>
      </div>
      {event.kind === 'seminar' && (
        <div>
          <dt>{t('events.facts.areas')}</dt>
          <dd>
            {event.areas.length > 0 ? areasLabel(t, event.areas) : t('events.facts.noAreas')}
            {event.areas.length > 0 && <span className="event-details__note">{t('events.facts.pathwayNote')}</span>}
          </dd>
        </div>
      )}
    </dl>
  );
}
