import type { Adviser, AvailabilityInput, UpdateAdviser, UpsertMyAdviser } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Checkbox, Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary, SelectField, SubmitButton, useFormFields } from '../../ui/form';
import { usePageTitle } from '../../ui/use-page-title';
import { AccessProblem, StaffGate } from '../staff/staff-access';
import { AdviserProfileForm } from './adviser-profile-form';
import { AvailabilityEditor } from './availability-editor';
import { Choice } from './choice';

const lengths = [30, 45, 60, 90, 120];
const buffers = [0, 5, 10, 15, 20, 30, 45, 60];
const withCurrent = (choices: number[], current: number) => (choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b));

/** Staff edit one adviser: the session length and buffer, whether they take bookings, the profile and the availability (all audited). */
export function StaffAdviserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const adviser = useApiQuery<Adviser>(`/advisers/${encodeURIComponent(id)}`);
  const title = adviser.data ? t('consultations.staff.adviser.title', { name: adviser.data.displayName }) : t('consultations.staff.adviser.fallbackTitle');
  usePageTitle(title);
  return (
    <StaffGate title={title}>
      {() => (
        <>
          <p className="breadcrumb">
            <Link href="/staff/consultations">{t('consultations.staff.adviser.back')}</Link>
          </p>
          {adviser.isError ? <AccessProblem error={adviser.error} /> : !adviser.data ? <p role="status">{t('form.loading')}</p> : <StaffAdviser adviser={adviser.data} />}
        </>
      )}
    </StaffGate>
  );
}

interface SessionValues {
  slotMinutes: string;
  bufferMinutes: string;
  active: boolean;
}
const sessionFieldIds: Readonly<Record<keyof SessionValues, string>> = { slotMinutes: 'adviser-slot-minutes', bufferMinutes: 'adviser-buffer-minutes', active: 'adviser-active' };

function StaffAdviser({ adviser }: { adviser: Adviser }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const path = `/advisers/${encodeURIComponent(adviser.id)}`;
  const remember = async (updated: Adviser) => {
    queryClient.setQueriesData<Adviser>({ queryKey: ['api', path] }, updated);
    await queryClient.invalidateQueries({ queryKey: ['api', '/advisers'], exact: false, refetchType: 'none' });
  };
  const patch = (request: UpdateAdviser) => client.request<Adviser>(path, { method: 'PATCH', body: request });

  return (
    <>
      <p>
        {adviser.organizationName}
        {adviser.jobTitle ? ` ${adviser.jobTitle}` : ''}
      </p>
      <section aria-labelledby="adviser-session-title" className="account-section">
        <h2 id="adviser-session-title" className="account-section__title">
          {t('consultations.staff.adviser.sessionTitle')}
        </h2>
        <SessionForm adviser={adviser} onSave={patch} onSaved={remember} />
      </section>
      <section aria-labelledby="adviser-availability-title" className="account-section">
        <h2 id="adviser-availability-title" className="account-section__title">
          {t('consultations.adviser.availabilityTitle')}
        </h2>
        {adviser.details && (
          <AvailabilityEditor
            availability={adviser.details.availability}
            slotMinutes={adviser.slotMinutes}
            bufferMinutes={adviser.details.bufferMinutes}
            onSave={async (body: AvailabilityInput) => {
              const updated = await client.request<Adviser>(`${path}/availability`, { method: 'PUT', body });
              await remember(updated);
              return updated;
            }}
          />
        )}
      </section>
      <section aria-labelledby="adviser-profile-title" className="account-section">
        <h2 id="adviser-profile-title" className="account-section__title">
          {t('consultations.adviser.profileTitle')}
        </h2>
        <AdviserProfileForm adviser={adviser} onSave={(request: UpsertMyAdviser) => patch(request as UpdateAdviser)} submitLabel={t('consultations.profile.save')} onSaved={(updated) => void remember(updated)} />
      </section>
    </>
  );
}

function SessionForm({ adviser, onSave, onSaved }: { adviser: Adviser; onSave: (request: UpdateAdviser) => Promise<Adviser>; onSaved: (adviser: Adviser) => Promise<void> }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const buffer = adviser.details?.bufferMinutes ?? 0;
  const form = useFormFields<SessionValues>(() => ({ slotMinutes: String(adviser.slotMinutes), bufferMinutes: String(buffer), active: adviser.active }), sessionFieldIds);
  const save = useMutation({ mutationFn: onSave });
  const minutes = (count: number) => t('consultations.advisers.minutes', { count });

  const submit = () => {
    if (save.isPending) return;
    setSaved(false);
    form.clear();
    save.mutate(
      { slotMinutes: Number(form.values.slotMinutes), bufferMinutes: Number(form.values.bufferMinutes), active: form.values.active },
      {
        onSuccess: async (updated) => {
          setSaved(true);
          await onSaved(updated);
        },
        onError: (error) => form.fail({ general: isApiError(error) ? error.message : t('form.networkError') }),
      },
    );
  };

  return (
    <>
      <ErrorSummary errors={form.errors} fieldIds={sessionFieldIds} />
      <Form
        className="form form--narrow"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <SelectField
          {...form.text('slotMinutes')}
          label={t('consultations.staff.adviser.slotMinutes')}
          description={t('consultations.staff.adviser.slotMinutesHint')}
          options={withCurrent(lengths, adviser.slotMinutes).map((value) => ({ value: String(value), label: minutes(value) }))}
        />
        <SelectField
          {...form.text('bufferMinutes')}
          label={t('consultations.staff.adviser.bufferMinutes')}
          description={t('consultations.staff.adviser.bufferMinutesHint')}
          options={withCurrent(buffers, buffer).map((value) => ({ value: String(value), label: value === 0 ? t('consultations.staff.adviser.noBuffer') : minutes(value) }))}
        />
        <Checkbox {...form.checked('active')} className="choice choice--checkbox">
          <Choice label={t('consultations.staff.adviser.active')} hint={t('consultations.staff.adviser.activeHint')} />
        </Checkbox>
        <div role="status" className="form-status">
          {saved && <p className="form-status__done">{t('consultations.staff.adviser.saved')}</p>}
        </div>
        <div className="form__actions">
          <SubmitButton isPending={save.isPending}>{t('consultations.staff.adviser.saveSession')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
