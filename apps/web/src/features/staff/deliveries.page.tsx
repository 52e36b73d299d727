import { NOTIFICATION_STATUSES, type DeliveryLogEntry, type DeliveryLogPage } from '@asaka/contracts';
import { OPTIONAL_MAIL_TOPICS } from '@asaka/domain';
import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage, type Language } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { BusyButton, InputField, SelectField } from '../../ui/form';
import { formatJapanDateTime } from '../../ui/japan-time';
import { Pagination, ResultCount } from '../../ui/pagination';
import { usePageTitle } from '../../ui/use-page-title';
import { deliveryFilterKeys, deliveryFiltersFrom, deliveryQuery, pageFrom, searchFor, staffPageSize, type DeliveryFilters } from './filters';
import { attemptOutcomeLabel, deliveryStatusLabel, knownTemplates, templateLabel, withCurrent } from './labels';
import { AccessProblem, StaffGate } from './staff-access';

const pagePath = '/staff/deliveries';
const logPath = '/admin/notifications';
const columnCount = 7;

/** Every mail the platform queued: sent, waiting, retried, failed or skipped, and why; failed ones can be sent again. */
export function DeliveriesPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.deliveries.title'));
  return <StaffGate title={t('staff.deliveries.title')}>{() => <Deliveries />}</StaffGate>;
}

function Deliveries() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const filters = deliveryFiltersFrom(searchParams);
  const page = pageFrom(searchParams);
  const log = useApiQuery<DeliveryLogPage>(logPath, deliveryQuery(filters, page), { placeholderData: keepPreviousData });
  const language = currentLanguage(i18n);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<{ kind: 'done' | 'failed'; text: string } | null>(null);
  const filtered = deliveryFilterKeys.some((key) => filters[key] !== '');

  const resend = useMutation({
    mutationFn: (entry: DeliveryLogEntry) => client.request<void>(`${logPath}/${encodeURIComponent(entry.id)}/resend`, { method: 'POST' }),
  });

  const toggle = (id: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const sendAgain = (entry: DeliveryLogEntry) => {
    if (resend.isPending) return;
    setResult(null);
    resend.mutate(entry, {
      onSuccess: async () => {
        setResult({ kind: 'done', text: t('staff.deliveries.resent', { email: entry.recipientEmail }) });
        await queryClient.invalidateQueries({ queryKey: ['api', logPath] });
      },
      onError: (error) => setResult({ kind: 'failed', text: isApiError(error) ? error.message : t('form.networkError') }),
    });
  };

  return (
    <>
      <p>{t('staff.deliveries.lead')}</p>
      <DeliveryFilterForm key={searchFor(filters)} initial={filters} />
      {filtered && (
        <ul className="inline-links">
          <li>
            <Link href={pagePath}>{t('staff.filters.clear')}</Link>
          </li>
        </ul>
      )}
      <div role="status" className="form-status">
        {result?.kind === 'done' && <p className="form-status__done">{result.text}</p>}
      </div>
      <div role="alert">{result?.kind === 'failed' && <p className="form-status__failed">{result.text}</p>}</div>
      {log.isError ? (
        <AccessProblem error={log.error} />
      ) : !log.data ? (
        <p role="status">{t('form.loading')}</p>
      ) : (
        <>
          <ResultCount page={log.data.page} pageSize={log.data.pageSize} total={log.data.total} shown={log.data.items.length} />
          {log.data.items.length > 0 && (
            <DataTable caption={t('staff.deliveries.caption')}>
              <thead>
                <tr>
                  <th scope="col">{t('staff.deliveries.columns.createdAt')}</th>
                  <th scope="col">{t('staff.deliveries.columns.recipient')}</th>
                  <th scope="col">{t('staff.deliveries.columns.template')}</th>
                  <th scope="col">{t('staff.deliveries.columns.status')}</th>
                  <th scope="col">{t('staff.deliveries.columns.attempts')}</th>
                  <th scope="col">{t('staff.deliveries.columns.sentAt')}</th>
                  <th scope="col">{t('staff.deliveries.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.items.map((entry) => {
                  const isOpen = expanded.has(entry.id);
                  const detailsId = `delivery-${entry.id}-details`;
                  return (
                    <Fragment key={entry.id}>
                      <tr>
                        <td>
                          <time dateTime={entry.createdAt}>{formatJapanDateTime(entry.createdAt, language)}</time>
                        </td>
                        <td className="data-table__code">{entry.recipientEmail}</td>
                        <td>{templateLabel(t, entry.template)}</td>
                        <td>
                          <span className={`badge badge--${entry.status === 'queued' && entry.attempts > 0 ? 'retry' : entry.status}`}>
                            {deliveryStatusLabel(t, entry)}
                          </span>
                        </td>
                        <td>{entry.attempts}</td>
                        <td>{entry.sentAt ? <time dateTime={entry.sentAt}>{formatJapanDateTime(entry.sentAt, language)}</time> : '—'}</td>
                        <td>
                          <div className="table-actions">
                            <Button
                              className="button button--secondary button--small"
                              aria-expanded={isOpen}
                              aria-controls={isOpen ? detailsId : undefined}
                              aria-label={t(isOpen ? 'staff.deliveries.hideDetailsLabel' : 'staff.deliveries.showDetailsLabel', { email: entry.recipientEmail })}
                              onPress={() => toggle(entry.id)}
                            >
                              {isOpen ? t('staff.deliveries.hideDetails') : t('staff.deliveries.showDetails')}
                            </Button>
                            {entry.status === 'failed' && (
                              <BusyButton
                                className="button button--primary button--small"
                                aria-label={t('staff.deliveries.resendLabel', { email: entry.recipientEmail })}
                                isPending={resend.isPending && resend.variables.id === entry.id}
                                pendingLabel={t('staff.deliveries.resend')}
                                onPress={() => sendAgain(entry)}
                              >
                                {t('staff.deliveries.resend')}
                              </BusyButton>
                            )}
                          </div>
                        </td>
                      </tr>
                      {isOpen && (
                        <tr id={detailsId} className="data-table__details">
                          <td colSpan={columnCount}>
                            <DeliveryDetails entry={entry} language={language} />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </DataTable>
          )}
          <Pagination page={log.data.page} pageSize={staffPageSize} total={log.data.total} hrefFor={(target) => `${pagePath}${searchFor(filters, target)}`} />
        </>
      )}
    </>
  );
}

function DeliveryDetails({ entry, language }: { entry: DeliveryLogEntry; language: Language }) {
  const { t } = useTranslation();
  const topic = OPTIONAL_MAIL_TOPICS.find((known) => known === entry.topic);
  return (
    <div className="delivery-details">
      <dl className="details-list details-list--compact">
        <div>
          <dt>{t('staff.deliveries.details.category')}</dt>
          <dd>
            {entry.topic
              ? t('staff.deliveries.details.categoryWithTopic', {
                  category: t(`staff.deliveries.categories.${entry.category}`),
                  topic: topic ? t(`accounts.mail.topics.${topic}.label`) : entry.topic,
                })
              : t(`staff.deliveries.categories.${entry.category}`)}
          </dd>
        </div>
        <div>
          <dt>{t('staff.deliveries.details.template')}</dt>
          <dd className="code-text">{entry.template}</dd>
        </div>
        <div>
          <dt>{t('staff.deliveries.details.sendAt')}</dt>
          <dd>
            <time dateTime={entry.sendAt}>{formatJapanDateTime(entry.sendAt, language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('staff.deliveries.details.messageId')}</dt>
          <dd className="code-text">{entry.messageId ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('staff.deliveries.details.lastError')}</dt>
          <dd className="code-text">{entry.lastError ?? '—'}</dd>
        </div>
      </dl>
      {entry.deliveryAttempts.length === 0 ? (
        <p>{t('staff.deliveries.details.noAttempts')}</p>
      ) : (
        <DataTable caption={t('staff.deliveries.details.attemptsCaption', { email: entry.recipientEmail })}>
          <thead>
            <tr>
              <th scope="col">{t('staff.deliveries.details.attempt')}</th>
              <th scope="col">{t('staff.deliveries.details.outcome')}</th>
              <th scope="col">{t('staff.deliveries.details.startedAt')}</th>
              <th scope="col">{t('staff.deliveries.details.finishedAt')}</th>
              <th scope="col">{t('staff.deliveries.details.response')}</th>
            </tr>
          </thead>
          <tbody>
            {entry.deliveryAttempts.map((attempt) => (
              <tr key={attempt.attempt}>
                <th scope="row">{attempt.attempt}</th>
                <td>{attemptOutcomeLabel(t, attempt.outcome)}</td>
                <td>
                  <time dateTime={attempt.startedAt}>{formatJapanDateTime(attempt.startedAt, language)}</time>
                </td>
                <td>
                  <time dateTime={attempt.finishedAt}>{formatJapanDateTime(attempt.finishedAt, language)}</time>
                </td>
                <td className="code-text">{attempt.error ?? attempt.smtpResponse ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}

function DeliveryFilterForm({ initial }: { initial: DeliveryFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<DeliveryFilters>(initial);
  const set = (key: keyof DeliveryFilters) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const any = { value: '', label: t('staff.filters.any') };

  return (
    <section aria-labelledby="delivery-filters-title" className="filters">
      <h2 id="delivery-filters-title" className="filters__title">
        {t('staff.filters.title')}
      </h2>
      <Form
        className="filter-form"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate({ pathname: pagePath, search: searchFor(values) });
        }}
      >
        <div className="filter-form__fields">
          <InputField
            id="delivery-recipient"
            name="recipient"
            type="search"
            label={t('staff.deliveries.filters.recipient')}
            description={t('staff.deliveries.filters.recipientHint')}
            value={values.recipient}
            onChange={set('recipient')}
          />
          <SelectField
            id="delivery-template"
            name="template"
            label={t('staff.deliveries.filters.template')}
            value={values.template}
            onChange={set('template')}
            options={[any, ...withCurrent(knownTemplates, values.template).map((template) => ({ value: template, label: templateLabel(t, template) }))]}
          />
          <SelectField
            id="delivery-status"
            name="status"
            label={t('staff.deliveries.filters.status')}
            value={values.status}
            onChange={set('status')}
            options={[any, ...NOTIFICATION_STATUSES.map((status) => ({ value: status, label: t(`staff.deliveries.statusFilter.${status}`) }))]}
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
