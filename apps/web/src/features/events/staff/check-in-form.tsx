import type { EventCheckIn, EventCheckInResult } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError } from '../../../api/client';
import { SubmitButton } from '../../../ui/form';
import { forgetEvents } from '../event-queries';

export const checkInInputId = 'check-in-code';
const hintId = `${checkInInputId}-hint`;
const errorId = `${checkInInputId}-error`;

/** Focuses the code input again, ready for the next person in the queue. */
export function focusCheckInInput(select = false): void {
  const input = document.getElementById(checkInInputId);
  if (!(input instanceof HTMLInputElement)) return;
  input.focus();
  if (select) input.select();
}

/** A check-in announced: `sequence` changes on every one, so the same name twice is said twice. */
export interface CheckInAnnouncement {
  text: string;
  sequence: number;
}

/**
 * The reception desk's input: staff type the code a person shows, in whatever form it comes
 * (全角 or 半角, any case, with or without the hyphen; the API folds it), and press Enter. After
 * each check-in the input is empty and focused again for the next person, and a polite message
 * names who was checked in. A code that matches nobody keeps what was typed, selected, to correct.
 */
export function CheckInForm({ eventId, onCheckedIn }: { eventId: string; onCheckedIn: (result: EventCheckInResult) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const checkIn = useMutation({
    mutationFn: (body: EventCheckIn) => client.request<EventCheckInResult>(`/events/${encodeURIComponent(eventId)}/check-in`, { method: 'POST', body }),
    onSuccess: async (result) => {
      setCode('');
      setProblem(null);
      onCheckedIn(result);
      focusCheckInInput();
      await forgetEvents(queryClient);
    },
    onError: (error) => {
      setProblem(isApiError(error) ? error.message : t('form.networkError'));
      focusCheckInInput(true);
    },
  });

  const submit = () => {
    if (checkIn.isPending) return;
    const typed = code.trim();
    if (typed === '') {
      setProblem(t('events.staff.checkIn.required'));
      focusCheckInInput();
      return;
    }
    checkIn.mutate({ code: typed.slice(0, 20) });
  };

  return (
    <form
      className="check-in-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="field" data-invalid={problem ? true : undefined}>
        <label htmlFor={checkInInputId} className="field__label check-in-form__label">
          {t('events.staff.checkIn.label')}
        </label>
        <span id={hintId} className="field__hint">
          {t('events.staff.checkIn.hint')}
        </span>
        <div role="alert" className="check-in-form__problem">
          {problem && (
            <p id={errorId} className="field__error">
              {problem}
            </p>
          )}
        </div>
        <div className="check-in-form__row">
          <input
            id={checkInInputId}
            name="code"
            type="text"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
            aria-invalid={problem ? true : undefined}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="done"
            maxLength={40}
            className="field__input check-in-form__input"
          />
          <SubmitButton isPending={checkIn.isPending}>{t('events.staff.checkIn.submit')}</SubmitButton>
        </div>
      </div>
    </form>
  );
}
