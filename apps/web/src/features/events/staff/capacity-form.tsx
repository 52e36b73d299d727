import type { EventDetail } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError } from '../../../api/client';
import { InputField, SubmitButton } from '../../../ui/form';
import { forgetEvents } from '../event-queries';
import { wholeNumberOf } from './event-form-values';

/**
 * The change staff make most on a published event: more (or fewer) seats. More seats move people
 * up from the waiting list at once, and they are mailed; fewer take nobody's seat.
 */
export function CapacityForm({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(String(event.capacity));
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (capacity: number) => client.request<EventDetail>(`/events/${encodeURIComponent(event.id)}`, { method: 'PATCH', body: { capacity } }),
    onSuccess: async (updated) => {
      await forgetEvents(queryClient);
      setValue(String(updated.capacity));
      const promoted = Math.max(0, updated.registered - event.registered);
      setDone(promoted > 0 ? t('events.staff.capacity.donePromoted', { capacity: updated.capacity, promoted }) : t('events.staff.capacity.done', { capacity: updated.capacity }));
    },
    onError: (failure) => setError(isApiError(failure) ? failure.message : t('form.networkError')),
  });

  const submit = () => {
    if (change.isPending) return;
    setDone(null);
    const capacity = wholeNumberOf(value);
    if (capacity === undefined || Number.isNaN(capacity) || capacity < 1 || capacity > 10_000) {
      setError(t('events.staff.validation.capacity'));
      return;
    }
    setError(null);
    change.mutate(capacity);
  };

  return (
    <section aria-labelledby="event-capacity-title" className="event-capacity">
      <h2 id="event-capacity-title">{t('events.staff.capacity.title')}</h2>
      <p>{t('events.staff.capacity.lead', { registered: event.registered, waitlisted: event.waitlisted })}</p>
      <Form
        validationBehavior="aria"
        className="event-capacity__form"
        onSubmit={(formEvent) => {
          formEvent.preventDefault();
          submit();
        }}
      >
        <InputField id="event-capacity-change" name="capacity" label={t('events.staff.capacity.label')} inputMode="numeric" value={value} onChange={setValue} error={error ?? undefined} />
        <div className="form__actions">
          <SubmitButton isPending={change.isPending}>{t('events.staff.capacity.submit')}</SubmitButton>
        </div>
      </Form>
      <div role="status" className="form-status">
        {done && <p className="form-status__done">{done}</p>}
      </div>
    </section>
  );
}
