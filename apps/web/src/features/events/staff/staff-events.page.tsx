import type { EventPage } from '@asaka/contracts';
import { EVENT_KINDS, EVENT_STATUSES, type EventStatus } from '@asaka/domain';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query';
import { currentLanguage } from '../../../i18n/i18n';
import { DataTable } from '../../../ui/data-table';
import { SelectField } from '../../../ui/form';
import { Pagination, ResultCount } from '../../../ui/pagination';
import { usePageTitle } from '../../../ui/use-page-title';
import { pageFrom, searchFor, staffPageSize } from '../../staff/filters';
import { AccessProblem, StaffGate } from '../../staff/staff-access';
import { eventTime, kindLabel, staffEventPath } from '../format';
import { isEventKind } from '../list-filters';
import { EventStatusBadge } from './event-status-badge';

const listPath = '/staff/events';

function isEventStatus(value: string): value is EventStatus {
  return EVENT_STATUSES.some((status) => status === value);
}

/**
 * 「セミナー・イベントの管理」: the events by status (published ones by default, drafts a choice
 * away), by start, with how full each is; from here staff create a new one.
 */
export function StaffEventsPage() {
  const { t } = useTranslation();
  usePageTitle(t('events.staff.list.title'));
  return <StaffGate title={t('events.staff.list.title')}>{() => <StaffEvents />}</StaffGate>;
}

function StaffEvents() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [params] = useSearchParams();
  const statusParam = params.get('status') ?? '';
  const kindParam = params.get('kind') ?? '';
  const status: EventStatus = isEventStatus(statusParam) ? statusParam : 'published';
  const kind = isEventKind(kindParam) ? kindParam : '';
  const page = pageFrom(params);
  const events = useApiQuery<EventPage>('/events', { status, kind: kind || undefined, page, pageSize: staffPageSize }, { placeholderData: keepPreviousData });
  const hrefFor = (target: number) => `${listPath}${searchFor({ status: status === 'published' ? '' : status, kind }, target)}`;

  return (
    <>
      <p>{t('events.staff.list.lead')}</p>
      <p>
        <Link href="/staff/events/new" className="button button--primary">
          {t('events.staff.list.new')}
        </Link>
      </p>
      <StaffEventFilters key={`${status}|${kind}`} status={status} kind={kind} />
      {events.isError ? (
        <AccessProblem error={events.error} />
      ) : !events.data ? (
        <p role="status">{t('form.loading')}</p>
      ) : (
        <>
          <ResultCount page={events.data.page} pageSize={events.data.pageSize} total={events.data.total} shown={events.data.items.length} />
          {events.data.items.length > 0 && (
            <DataTable caption={t('events.staff.list.caption', { status: t(`events.eventStatuses.${status}`) })}>
              <thead>
                <tr>
                  <th scope="col">{t('events.staff.list.columns.title')}</th>
                  <th scope="col">{t('events.staff.list.columns.when')}</th>
                  <th scope="col">{t('events.staff.list.columns.status')}</th>
                  <th scope="col">{t('events.staff.list.columns.registrations')}</th>
                  <th scope="col">{t('events.staff.list.columns.attendance')}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.items.map((event) => (
                  <tr key={event.id}>
                    <th scope="row">
                      <Link href={staffEventPath(event.id)}>{event.title}</Link>
                      <span className="event-table__kind">{kindLabel(event.kind, language)}</span>
                    </th>
                    <td>
                      <time dateTime={event.startsAt}>{eventTime(event, language)}</time>
                    </td>
                    <td>
                      <EventStatusBadge status={event.status} />
                    </td>
                    <td>{t('events.staff.list.registrations', { registered: event.capacity - event.seatsRemaining, capacity: event.capacity, waitlisted: event.waitlisted })}</td>
                    <td>
                      <Link href={`${staffEventPath(event.id)}/attendance`} aria-label={t('events.staff.list.attendanceLabel', { title: event.title })}>
                        {t('events.staff.list.attendance')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          <Pagination page={page} pageSize={staffPageSize} total={events.data.total} hrefFor={hrefFor} />
        </>
      )}
    </>
  );
}

function StaffEventFilters({ status, kind }: { status: EventStatus; kind: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();
  const [chosenStatus, setStatus] = useState<string>(status);
  const [chosenKind, setKind] = useState(kind);
  return (
    <section aria-labelledby="staff-event-filters" className="filters">
      <h2 id="staff-event-filters" className="filters__title">
        {t('staff.filters.title')}
      </h2>
      <Form
        role="search"
        aria-label={t('events.staff.list.filtersLabel')}
        className="filter-form"
        onSubmit={(formEvent) => {
          formEvent.preventDefault();
          void navigate(`${listPath}${searchFor({ status: chosenStatus === 'published' ? '' : chosenStatus, kind: chosenKind })}`);
        }}
      >
        <div className="filter-form__fields">
          <SelectField
            id="staff-event-status"
            name="status"
            label={t('events.staff.list.status')}
            value={chosenStatus}
            onChange={setStatus}
            options={EVENT_STATUSES.map((value) => ({ value, label: t(`events.eventStatuses.${value}`) }))}
          />
          <SelectField
            id="staff-event-kind"
            name="kind"
            label={t('events.list.kind')}
            value={chosenKind}
            onChange={setKind}
            options={[{ value: '', label: t('events.list.anyKind') }, ...EVENT_KINDS.map((value) => ({ value, label: kindLabel(value, language) }))]}
          />
        </div>
        <div className="form__actions">
          <Button type="submit" className="button button--primary">
            {t('staff.filters.apply')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
