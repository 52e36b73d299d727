import type { EventDetail, UpdateEvent } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApiClient } from '../../../api/api-client-context';
import { useApiQuery } from '../../../api/use-api-query';
import { usePageTitle } from '../../../ui/use-page-title';
import { AccessProblem, StaffGate } from '../../staff/staff-access';
import { forgetEvents } from '../event-queries';
import { staffEventPath } from '../format';
import { EventFormFields, useEventForm } from './event-form';
import { checkEventForm, eventChanges, eventValuesOf } from './event-form-values';
import { failSave, type StaffEventNotice } from './save-event';

/**
 * Staff correct a draft or published event. Only what changed is sent: a new time or place is
 * mailed to everyone registered, more seats move people up from the waiting list.
 */
export function EditEventPage() {
  const { t } = useTranslation();
  usePageTitle(t('events.staff.form.editTitle'));
  return (
    <StaffGate title={t('events.staff.form.editTitle')} wide={false}>
      {() => <EditEvent />}
    </StaffGate>
  );
}

function EditEvent() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const event = useApiQuery<EventDetail>(`/events/${encodeURIComponent(id)}`);
  const back = (
    <p className="breadcrumb">
      <Link href={staffEventPath(id)}>{t('events.staff.backToEvent')}</Link>
    </p>
  );
  if (event.isError) {
    return (
      <>
        {back}
        <AccessProblem error={event.error} />
      </>
    );
  }
  if (!event.data) return <p role="status">{t('form.loading')}</p>;
  return (
    <>
      {back}
      <p className="event-form__editing">{event.data.title}</p>
      {event.data.editable ? <EditForm event={event.data} /> : <p className="notice">{t('events.staff.form.notEditable')}</p>}
    </>
  );
}

function EditForm({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useEventForm(() => eventValuesOf(event));
  const update = useMutation({
    mutationFn: (changes: UpdateEvent) => client.request<EventDetail>(`/events/${encodeURIComponent(event.id)}`, { method: 'PATCH', body: changes }),
  });

  const submit = () => {
    if (update.isPending) return;
    const check = checkEventForm(t, form.values, new Date());
    if (!check.ok) return form.fail({ fields: check.problems });
    form.clear();
    const changes = eventChanges(event, check.request);
    if (Object.keys(changes).length === 0) {
      void navigate(staffEventPath(event.id), { state: { saved: 'unchanged' } satisfies StaffEventNotice });
      return;
    }
    update.mutate(changes, {
      onSuccess: async () => {
        await forgetEvents(queryClient);
        await navigate(staffEventPath(event.id), { state: { saved: 'updated' } satisfies StaffEventNotice });
      },
      onError: (error) => failSave(form, t, error),
    });
  };

  return (
    <>
      {event.status === 'published' && <p className="notice">{t('events.staff.form.publishedNote')}</p>}
      <EventFormFields form={form} onSubmit={submit} isPending={update.isPending} submitLabel={t('events.staff.form.save')} />
    </>
  );
}
