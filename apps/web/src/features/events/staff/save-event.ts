import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/client';
import type { EventForm } from './event-form';
import { fieldOfPath, type EventFormProblems } from './event-form-values';

/** Passed to the staff's event page after a save, to say what was done. */
export interface StaffEventNotice {
  saved?: 'created' | 'updated' | 'unchanged';
}

export function staffEventNoticeOf(state: unknown): StaffEventNotice {
  return typeof state === 'object' && state !== null ? (state as StaffEventNotice) : {};
}

/** What a refused save says: the fields the API names (with its own words), else its message. */
export function failSave(form: EventForm, t: TFunction, error: unknown): void {
  if (!isApiError(error)) return form.fail({ general: t('form.networkError') });
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
    const fields: EventFormProblems = {};
    for (const issue of error.details as { path?: string | PropertyKey[]; message?: string }[]) {
      const field = issue.path === undefined ? null : fieldOfPath(issue.path);
      if (field) fields[field] ??= issue.message ?? t('form.checkInput');
    }
    if (Object.keys(fields).length > 0) return form.fail({ fields });
  }
  form.fail({ general: error.message });
}
