import type { AdviserPage, ConsultationSettings } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { ErrorSummary, InputField, SubmitButton, useFormFields } from '../../ui/form';
import { usePageTitle } from '../../ui/use-page-title';
import { AccessProblem, StaffGate } from '../staff/staff-access';
import { topicLabel } from './labels';
import { checkSettings, settingsFieldIds, settingsValuesOf, type SettingsField, type SettingsValues } from './settings-values';

const settingsPath = '/consultation-settings';

/** 起業相談の管理 (staff): the program's booking rules, and every adviser (also those out of service) to edit. */
export function StaffConsultationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('consultations.staff.title'));
  return (
    <StaffGate title={t('consultations.staff.title')}>
      {() => (
        <>
          <p>{t('consultations.staff.lead')}</p>
          <section aria-labelledby="consultation-settings-title">
            <h2 id="consultation-settings-title">{t('consultations.staff.settings.title')}</h2>
            <SettingsSection />
          </section>
          <section aria-labelledby="consultation-advisers-title">
            <h2 id="consultation-advisers-title">{t('consultations.staff.advisers.title')}</h2>
            <AdvisersTable />
          </section>
        </>
      )}
    </StaffGate>
  );
}

function SettingsSection() {
  const { t } = useTranslation();
  const settings = useApiQuery<ConsultationSettings>(settingsPath);
  if (settings.isError) return <AccessProblem error={settings.error} />;
  if (!settings.data) return <p role="status">{t('form.loading')}</p>;
  return <SettingsForm settings={settings.data} />;
}

function SettingsForm({ settings }: { settings: ConsultationSettings }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useFormFields<SettingsValues, SettingsField>(() => settingsValuesOf(settings), settingsFieldIds);
  const save = useMutation({ mutationFn: (request: ConsultationSettings) => client.request<ConsultationSettings>(settingsPath, { method: 'PUT', body: request }) });

  const submit = () => {
    if (save.isPending) return;
    setSaved(false);
    const check = checkSettings(t, form.values);
    if (!check.ok) return form.fail({ fields: check.problems });
    form.clear();
    save.mutate(check.request, {
      onSuccess: async (updated) => {
        form.reset(settingsValuesOf(updated));
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: ['api', settingsPath] });
      },
      onError: (error) => form.fail({ general: isApiError(error) ? error.message : t('form.networkError') }),
    });
  };

  return (
    <>
      <ErrorSummary errors={form.errors} fieldIds={settingsFieldIds} />
      <Form
        validationBehavior="aria"
        className="form form--narrow"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <InputField
          {...form.text('minimumNoticeHours')}
          label={t('consultations.staff.settings.minimumNotice')}
          description={t('consultations.staff.settings.minimumNoticeHint')}
          inputMode="decimal"
          isRequired
        />
        <InputField
          {...form.text('cancellationCutoffHours')}
          label={t('consultations.staff.settings.cancellationCutoff')}
          description={t('consultations.staff.settings.cancellationCutoffHint')}
          inputMode="decimal"
          isRequired
        />
        <InputField
          {...form.text('maxOpenBookingsPerPerson')}
          label={t('consultations.staff.settings.maxOpenBookings')}
          description={t('consultations.staff.settings.maxOpenBookingsHint')}
          inputMode="numeric"
          isRequired
        />
        <div role="status" className="form-status">
          {saved && <p className="form-status__done">{t('consultations.staff.settings.saved')}</p>}
        </div>
        <div className="form__actions">
          <SubmitButton isPending={save.isPending}>{t('consultations.staff.settings.save')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}

function AdvisersTable() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const advisers = useApiQuery<AdviserPage>('/advisers', { includeInactive: true, pageSize: 100 });
  if (advisers.isError) return <AccessProblem error={advisers.error} />;
  if (!advisers.data) return <p role="status">{t('form.loading')}</p>;
  if (advisers.data.items.length === 0) return <p>{t('consultations.staff.advisers.none')}</p>;
  return (
    <>
      <p>{t('consultations.staff.advisers.lead')}</p>
      <DataTable caption={t('consultations.staff.advisers.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('consultations.staff.advisers.columns.name')}</th>
            <th scope="col">{t('consultations.staff.advisers.columns.organization')}</th>
            <th scope="col">{t('consultations.staff.advisers.columns.topics')}</th>
            <th scope="col">{t('consultations.staff.advisers.columns.length')}</th>
            <th scope="col">{t('consultations.staff.advisers.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {advisers.data.items.map((adviser) => (
            <tr key={adviser.id}>
              <th scope="row">
                <Link href={`/staff/consultations/advisers/${encodeURIComponent(adviser.id)}`} aria-label={t('consultations.staff.advisers.editLabel', { name: adviser.displayName })}>
                  {adviser.displayName}
                </Link>
              </th>
              <td>
                {adviser.organizationName}
                {adviser.jobTitle && <span className="data-table__note">{adviser.jobTitle}</span>}
              </td>
              <td>{adviser.topics.map((topic) => topicLabel(topic, language)).join(language === 'ja' ? '・' : ', ')}</td>
              <td>{t('consultations.advisers.minutes', { count: adviser.slotMinutes })}</td>
              <td>
                <span className={`badge badge--${adviser.active ? 'active' : 'disabled'}`}>
                  {adviser.active ? t('consultations.staff.advisers.active') : t('consultations.staff.advisers.inactive')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
