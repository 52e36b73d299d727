import type { ReactNode } from 'react';
import type { EventSummary } from '@asaka/contracts';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { areasLabel, eventPath, eventTime, kindLabel, placeLabel, seatsLabel } from './format';

/**
 * One event in the list: its title (the link to its page), then what people decide by, each
 * named (a definition list reads as "日時: 2026年12月5日(土) …"). Whether a seat is still free is
 * said in words; the colour of the line only repeats it.
 */
export function EventCard({ event }: { event: EventSummary }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const full = event.registration === 'waitlist';
  return (
    <EventCardFrame event={event} titleId={`event-${event.id}-title`} Heading="h3">
      <div>
        <dt>{t('events.facts.where')}</dt>
        <dd>{placeLabel(t, event.place)}</dd>
      </div>
      {event.areas.length > 0 && (
        <div>
          <dt>{t('events.facts.areas')}</dt>
          <dd>{areasLabel(t, event.areas)}</dd>
        </div>
      )}
      <div>
        <dt>{t('events.facts.seats')}</dt>
        <dd className={`event-seats event-seats--${full ? 'full' : event.registration}`}>{seatsLabel(t, event, language)}</dd>
      </div>
    </EventCardFrame>
  );
}

/**
 * What every event card shows first — the kind, the title as the link to the event's page, and
 * when it is — then its own facts (`children`, rows of the definition list) and anything `after`.
 */
export function EventCardFrame({
  event,
  titleId,
  Heading,
  children,
  after,
}: {
  event: Pick<EventSummary, 'id' | 'kind' | 'title' | 'startsAt' | 'endsAt'>;
  titleId: string;
  Heading: 'h2' | 'h3';
  children: ReactNode;
  after?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <li className="event-card">
      <article aria-labelledby={titleId}>
        <p className="event-card__kind">
          <span className={`badge badge--event-${event.kind}`}>{kindLabel(event.kind, language)}</span>
        </p>
        <Heading id={titleId} className="event-card__title">
          <Link href={eventPath(event.id)}>{event.title}</Link>
        </Heading>
        <dl className="event-facts">
          <div>
            <dt>{t('events.facts.when')}</dt>
            <dd>
              <time dateTime={event.startsAt}>{eventTime(event, language)}</time>
            </dd>
          </div>
          {children}
        </dl>
        {after}
      </article>
    </li>
  );
}
