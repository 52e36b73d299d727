import type { EventPage } from '@asaka/contracts';
import { EVENT_KINDS } from '@asaka/domain';
import { keepPreviousData, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage } from '../../i18n/i18n';
import { SelectField } from '../../ui/form';
import { Pagination } from '../../ui/pagination';
import { usePageTitle } from '../../ui/use-page-title';
import { useMe } from '../accounts';
import { EventCard } from './event-card';
import { kindLabel } from './format';
import { eventFiltersFrom, eventListHref, eventListPageSize, eventListQuery, eventPageFrom, isEventKind, monthChoices, type EventListFilters } from './list-filters';

/**
 * 「セミナー・イベント」: the published seminars, job fairs and other events, from today on or in
 * a chosen month, each with its time in Japan time, its place and whether a seat is still free.
 */
export function EventsListPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const filters = eventFiltersFrom(params);
  const page = eventPageFrom(params);
  // The day is read once per visit: a list left open over midnight keeps what it showed.
  const [now] = useState(() => new Date());
  const events = useApiQuery<EventPage>('/events', eventListQuery(filters, page, now), { placeholderData: keepPreviousData });
  const me = useMe();
  usePageTitle(t('events.list.title'));

  return (
    <div className="wide-page">
      <h1>{t('events.list.title')}</h1>
      <p>{t('events.list.lead')}</p>
      <p className="field__hint">{t('events.list.pathwayNote')}</p>
      {me.data && (
        <p>
          <Link href="/events/mine">{t('events.list.mine')}</Link>
        </p>
      )}
      <EventFilterForm key={eventListHref(filters)} initial={filters} now={now} />
      <section aria-labelledby="event-results-title" className="event-results">
        <h2 id="event-results-title">{t('events.list.resultsTitle')}</h2>
        <ResultStatus events={events} page={page} />
        {events.isError && (
          <p role="alert" className="form-status__failed">
            {t('events.list.failed')} {events.error.message}
          </p>
        )}
        {events.data && events.data.items.length > 0 && (
          <ul className="event-list">
            {events.data.items.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </ul>
        )}
        {events.data && <Pagination page={page} pageSize={eventListPageSize} total={events.data.total} hrefFor={(target) => eventListHref(filters, target)} />}
      </section>
    </div>
  );
}

/** How many events match, in a live region always in the page, so each new filter's result is announced. */
function ResultStatus({ events, page }: { events: UseQueryResult<EventPage, ApiError>; page: number }) {
  const { t } = useTranslation();
  let text = '';
  if (events.isError) text = '';
  else if (!events.data || events.isPlaceholderData) text = t('events.list.searching');
  else if (events.data.total === 0) text = t('events.list.none');
  else if (events.data.items.length === 0) text = t('ui.results.pastEnd', { total: events.data.total });
  else {
    const from = (page - 1) * events.data.pageSize + 1;
    text = t('events.list.count', { total: events.data.total, from, to: from + events.data.items.length - 1 });
  }
  return (
    <p role="status" className="result-count">
      {text}
    </p>
  );
}

const fieldIds = { kind: 'event-filter-kind', month: 'event-filter-month' } as const;

function EventFilterForm({ initial, now }: { initial: EventListFilters; now: Date }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();
  const [kind, setKind] = useState<string>(initial.kind);
  const [month, setMonth] = useState(initial.month);
  const monthLabel = (value: string) => {
    const [year, monthNumber] = value.split('-').map(Number);
    return t('events.list.monthChoice', { year, month: monthNumber });
  };

  return (
    <section aria-labelledby="event-filters-title" className="filters">
      <h2 id="event-filters-title" className="filters__title">
        {t('events.list.filtersTitle')}
      </h2>
      <Form
        role="search"
        aria-label={t('events.list.filtersTitle')}
        validationBehavior="aria"
        className="filter-form"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(eventListHref({ kind: isEventKind(kind) ? kind : '', month }));
        }}
      >
        <div className="filter-form__fields">
          <SelectField
            id={fieldIds.kind}
            name="kind"
            label={t('events.list.kind')}
            value={kind}
            onChange={setKind}
            options={[{ value: '', label: t('events.list.anyKind') }, ...EVENT_KINDS.map((value) => ({ value, label: kindLabel(value, language) }))]}
          />
          <SelectField
            id={fieldIds.month}
            name="month"
            label={t('events.list.month')}
            value={month}
            onChange={setMonth}
            options={[{ value: '', label: t('events.list.upcoming') }, ...monthChoices(now, initial.month).map((value) => ({ value, label: monthLabel(value) }))]}
          />
        </div>
        <div className="form__actions">
          <Button type="submit" className="button button--primary">
            {t('events.list.apply')}
          </Button>
          {(initial.kind || initial.month) && <Link href="/events">{t('events.list.clear')}</Link>}
        </div>
      </Form>
    </section>
  );
}
