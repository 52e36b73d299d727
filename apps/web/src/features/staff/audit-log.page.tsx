import type { AuditEvent, AuditEventPage, MeResponse } from '@asaka/contracts';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage, type Language } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { ErrorSummary, InputField, SelectField, useFormErrors } from '../../ui/form';
import { formatJapanDateTime } from '../../ui/japan-time';
import { Pagination, ResultCount } from '../../ui/pagination';
import { usePageTitle } from '../../ui/use-page-title';
import {
  auditFilterKeys,
  auditFilterProblems,
  auditFiltersFrom,
  auditQuery,
  pageFrom,
  searchFor,
  staffPageSize,
  type AuditFilterKey,
  type AuditFilters,
} from './filters';
import { auditActionLabel, knownAuditActions, knownTargetTypes, targetTypeLabel, withCurrent } from './labels';
import { AccessProblem, StaffGate } from './staff-access';

const pagePath = '/staff/audit-log';

const fieldIds: Record<AuditFilterKey, string> = {
  action: 'audit-action',
  targetType: 'audit-target-type',
  targetId: 'audit-target-id',
  actorUserId: 'audit-actor',
  from: 'audit-from',
  to: 'audit-to',
};

/** Who did what and when, with the values before and after: staff actions and staff reads of personal data. */
export function AuditLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.audit.title'));
  return <StaffGate title={t('staff.audit.title')}>{(me) => <AuditLog me={me} />}</StaffGate>;
}

function AuditLog({ me }: { me: MeResponse }) {
  const { t, i18n } = useTranslation();
  const [searchParams] = useSearchParams();
  const filters = auditFiltersFrom(searchParams);
  const page = pageFrom(searchParams);
  const events = useApiQuery<AuditEventPage>('/admin/audit-log', auditQuery(filters, page), { placeholderData: keepPreviousData });
  const language = currentLanguage(i18n);
  const filtered = auditFilterKeys.some((key) => filters[key] !== '');

  return (
    <>
      <p>{t('staff.audit.lead')}</p>
      <AuditFilterForm key={searchFor(filters)} initial={filters} />
      <ul className="inline-links">
        <li>
          <Link href={`${pagePath}${searchFor({ actorUserId: me.id })}`}>{t('staff.audit.onlyMine')}</Link>
        </li>
        {filtered && (
          <li>
            <Link href={pagePath}>{t('staff.filters.clear')}</Link>
          </li>
        )}
      </ul>
      {events.isError ? (
        <AccessProblem error={events.error} />
      ) : !events.data ? (
        <p role="status">{t('form.loading')}</p>
      ) : (
        <>
          <ResultCount page={events.data.page} pageSize={events.data.pageSize} total={events.data.total} shown={events.data.items.length} />
          {events.data.items.length > 0 && (
            <DataTable caption={t('staff.audit.caption')} className="data-table--audit">
              <thead>
                <tr>
                  <th scope="col">{t('staff.audit.columns.at')}</th>
                  <th scope="col">{t('staff.audit.columns.actor')}</th>
                  <th scope="col">{t('staff.audit.columns.action')}</th>
                  <th scope="col">{t('staff.audit.columns.target')}</th>
                  <th scope="col">{t('staff.audit.columns.oldValue')}</th>
                  <th scope="col">{t('staff.audit.columns.newValue')}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.items.map((event) => (
                  <AuditRow key={event.id} event={event} language={language} filters={filters} />
                ))}
              </tbody>
            </DataTable>
          )}
          <Pagination page={events.data.page} pageSize={staffPageSize} total={events.data.total} hrefFor={(target) => `${pagePath}${searchFor(filters, target)}`} />
        </>
      )}
    </>
  );
}

/** A recorded value as indented JSON (ids, lists and nested objects stay readable), or a dash. */
export function JsonValue({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span aria-hidden="true">—</span>;
  return <pre className="json-value">{JSON.stringify(value, null, 2)}</pre>;
}

function AuditRow({ event, language, filters }: { event: AuditEvent; language: Language; filters: AuditFilters }) {
  const { t } = useTranslation();
  const actorName = event.actorDisplayName ?? (event.actorUserId ? event.actorUserId : t('staff.audit.system'));
  return (
    <tr>
      <td>
        <time dateTime={event.at}>{formatJapanDateTime(event.at, language)}</time>
      </td>
      <td>
        {actorName}
        {event.actorUserId && filters.actorUserId !== event.actorUserId && (
          <>
            <br />
            <Link
              href={`${pagePath}${searchFor({ ...filters, actorUserId: event.actorUserId })}`}
              aria-label={t('staff.audit.filterByActorLabel', { name: actorName })}
              className="data-table__small-link"
            >
              {t('staff.audit.filterByActor')}
            </Link>
          </>
        )}
      </td>
      <td>
        {auditActionLabel(t, event.action)}
        <span className="code-text data-table__note">{event.action}</span>
      </td>
      <td>
        {targetTypeLabel(t, event.targetType)}
        {event.targetId && <span className="code-text data-table__note">{event.targetId}</span>}
      </td>
      <td>
        <JsonValue value={event.oldValue} />
      </td>
      <td>
        <JsonValue value={event.newValue} />
      </td>
    </tr>
  );
}

function AuditFilterForm({ initial }: { initial: AuditFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<AuditFilters>(initial);
  const { errors, fail, clear } = useFormErrors<AuditFilterKey>();
  const set = (key: AuditFilterKey) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));

  const submit = () => {
    const trimmed = Object.fromEntries(auditFilterKeys.map((key) => [key, values[key].trim()])) as AuditFilters;
    const problems = auditFilterProblems(trimmed);
    if (Object.keys(problems).length > 0) {
      fail({ fields: Object.fromEntries(Object.entries(problems).map(([key, problem]) => [key, t(`staff.audit.problems.${problem}`)])) });
      return;
    }
    clear();
    void navigate({ pathname: pagePath, search: searchFor(trimmed) });
  };

  const any = { value: '', label: t('staff.filters.any') };
  return (
    <section aria-labelledby="audit-filters-title" className="filters">
      <h2 id="audit-filters-title" className="filters__title">
        {t('staff.filters.title')}
      </h2>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <Form
        validationBehavior="aria"
        className="filter-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="filter-form__fields">
          <SelectField
            id={fieldIds.action}
            name="action"
            label={t('staff.audit.filters.action')}
            value={values.action}
            onChange={set('action')}
            options={[any, ...withCurrent(knownAuditActions, values.action).map((action) => ({ value: action, label: auditActionLabel(t, action) }))]}
          />
          <SelectField
            id={fieldIds.targetType}
            name="targetType"
            label={t('staff.audit.filters.targetType')}
            value={values.targetType}
            onChange={set('targetType')}
            options={[any, ...withCurrent(knownTargetTypes, values.targetType).map((type) => ({ value: type, label: targetTypeLabel(t, type) }))]}
          />
          <InputField id={fieldIds.targetId} name="targetId" label={t('staff.audit.filters.targetId')} value={values.targetId} onChange={set('targetId')} error={errors?.fields.targetId} />
          <InputField
            id={fieldIds.actorUserId}
            name="actorUserId"
            label={t('staff.audit.filters.actorUserId')}
            description={t('staff.audit.filters.actorUserIdHint')}
            value={values.actorUserId}
            onChange={set('actorUserId')}
            error={errors?.fields.actorUserId}
          />
          <InputField
            id={fieldIds.from}
            name="from"
            type="date"
            label={t('staff.audit.filters.from')}
            description={t('staff.audit.filters.dateHint')}
            value={values.from}
            onChange={set('from')}
            error={errors?.fields.from}
          />
          <InputField
            id={fieldIds.to}
            name="to"
            type="date"
            label={t('staff.audit.filters.to')}
            description={t('staff.audit.filters.dateHint')}
            value={values.to}
            onChange={set('to')}
            error={errors?.fields.to}
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
