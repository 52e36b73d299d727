import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/client';
import type { ReportForm } from './report-form';
import { fieldOfPath, type ReportProblems } from './report-values';

/** Passed to a report's page after it was sent, to say so there. */
export interface ReportNotice {
  saved?: 'created';
}

export function reportNoticeOf(state: unknown): ReportNotice {
  return typeof state === 'object' && state !== null ? (state as ReportNotice) : {};
}

/** What a refused report says: the fields the API names (in its own words), else its message. */
export function failSave(form: ReportForm, t: TFunction, error: unknown): void {
  if (!isApiError(error)) return form.fail({ general: t('form.networkError') });
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
    const fields: ReportProblems = {};
    for (const issue of error.details as { path?: string | PropertyKey[]; message?: string }[]) {
      const field = issue.path === undefined ? null : fieldOfPath(issue.path);
      if (field) fields[field] ??= issue.message ?? t('form.checkInput');
    }
    if (Object.keys(fields).length > 0) return form.fail({ fields });
  }
  form.fail({ general: error.message });
}
