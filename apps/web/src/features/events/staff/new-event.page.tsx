import type { CreateEvent, EventDetail } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiClient } from '../../../api/api-client-context';
import { usePageTitle } from '../../../ui/use-page-title';
import { StaffGate } from '../../staff/staff-access';
import { forgetEvents } from '../event-queries';
import { staffEventPath } from '../format';
import { EventFormFields, useEventForm } from './event-form';
import { checkEventForm, emptyEventValues } from './event-form-values';
import { failSave, type StaffEventNotice } from './save-event';

/** Staff plan a new event: it is saved as a draft, and published from its page once checked. */
export function NewEventPage() {
  const { t } = useTranslation();
  usePageTitle(t('events.staff.form.newTitle'));
  return (
    <StaffGate title={t('events.staff.form.newTitle')} wide={false}>
      {() => <NewEvent />}
    </StaffGate>
  );
}

function NewEvent() {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useEventForm(emptyEventValues);
  const create = useMutation({
    mutationFn: (request: CreateEvent) => client.request<EventDetail>('/events', { method: 'POST', body: request }),
  });

  const submit = () => {
    if (create.isPending) return;
    const check = checkEventForm(t, form.values, new Date());
    if (!check.ok) return form.fail({ fields: check.problems });
    form.clear();
    create.mutate(check.request, {
      onSuccess: async (event) => {
        await forgetEvents(queryClient);
        await navigate(staffEventPath(event.id), { state: { saved: 'created' } satisfies StaffEventNotice });
      },
      onError: (error) => failSave(form, t, error),
    });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href="/staff/events">{t('events.staff.backToList')}</Link>
      </p>
      <p>{t('events.staff.form.newLead')}</p>
      <EventFormFields form={form} onSubmit={submit} isPending={create.isPending} submitLabel={t('events.staff.form.saveDraft')} />
    </>
  );
}
