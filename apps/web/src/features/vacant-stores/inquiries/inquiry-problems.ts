import { STORE_INQUIRY_MESSAGE_MAX_LENGTH, STORE_INQUIRY_PLANNED_BUSINESS_MAX_LENGTH } from '@asaka/contracts';
import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/client';

/** The fields of the inquiry forms, named as in the contracts (and so in the API's details). */
export type InquiryField = 'plannedBusiness' | 'message' | 'body';

/** A problem with one field, from zod (path is an array) or from a VALIDATION_FAILED answer (a dotted string). */
interface FieldIssue {
  path: string | readonly PropertyKey[];
  code?: string;
}

const fieldOf = (issue: FieldIssue) => String((typeof issue.path === 'string' ? issue.path.split('.') : issue.path)[0] ?? '');

function isFieldIssue(value: unknown): value is FieldIssue {
  if (typeof value !== 'object' || value === null) return false;
  const path = (value as { path?: unknown }).path;
  return typeof path === 'string' || Array.isArray(path);
}

/**
 * What to say about a field the shared schema refused: empty, or too long. The schema trims, so a
 * text of spaces is empty; anything else it refuses is a length.
 */
function messageFor(t: TFunction, field: InquiryField, value: string): string {
  const empty = value.trim() === '';
  switch (field) {
    case 'plannedBusiness':
      return empty
        ? t('vacantStores.inquiries.validation.plannedBusinessRequired')
        : t('vacantStores.inquiries.validation.plannedBusinessTooLong', { max: STORE_INQUIRY_PLANNED_BUSINESS_MAX_LENGTH });
    case 'message':
      return empty ? t('vacantStores.inquiries.validation.messageRequired') : t('vacantStores.inquiries.validation.tooLong', { max: STORE_INQUIRY_MESSAGE_MAX_LENGTH });
    case 'body':
      return empty ? t('vacantStores.inquiries.validation.bodyRequired') : t('vacantStores.inquiries.validation.tooLong', { max: STORE_INQUIRY_MESSAGE_MAX_LENGTH });
  }
}

/** One message per field of `values` that an issue names (the first issue wins). */
export function inquiryFieldProblems<F extends InquiryField>(t: TFunction, issues: readonly unknown[], values: Record<F, string>): Partial<Record<F, string>> {
  const problems: Partial<Record<F, string>> = {};
  for (const issue of issues.filter(isFieldIssue)) {
    const field = fieldOf(issue);
    if (Object.prototype.hasOwnProperty.call(values, field)) problems[field as F] ??= messageFor(t, field as F, values[field as F]);
  }
  return problems;
}

/** What a refused submission says: the fields the API names, else its own message (or a connection problem). */
export function inquiryProblemsFromError<F extends InquiryField>(t: TFunction, error: unknown, values: Record<F, string>): { fields?: Partial<Record<F, string>>; general?: string } {
  if (!isApiError(error)) return { general: t('form.networkError') };
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
    const fields = inquiryFieldProblems(t, error.details, values);
    if (Object.keys(fields).length > 0) return { fields };
  }
  return { general: error.message };
}
