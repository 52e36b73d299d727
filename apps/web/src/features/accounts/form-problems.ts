import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@asaka/domain';
import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';

/** The fields of the account forms, named as in the contracts (and so in the API's details). */
export type AccountField = 'displayName' | 'email' | 'password' | 'totp' | 'roles' | 'locale';

/** A problem with one field, from zod (path is an array) or from a VALIDATION_FAILED answer (a dotted string). */
export interface FieldIssue {
  path: string | readonly PropertyKey[];
  code?: string;
  maximum?: unknown;
}

const defaultMaximum: Partial<Record<AccountField, number>> = { displayName: 100, email: 254, password: PASSWORD_MAX_LENGTH };

function fieldOf(issue: FieldIssue): string {
  const [first] = typeof issue.path === 'string' ? issue.path.split('.') : issue.path;
  return String(first ?? '');
}

/**
 * The message for a field that the shared schema (or the API, which validates with the same
 * schema) refused. The schema's own messages are English and technical; this says what to do, in
 * the interface language. Password length is counted the way the rule counts it (characters as
 * people see them), so the message matches the rule.
 */
export function fieldMessage(t: TFunction, field: AccountField, value: unknown, issue: Omit<FieldIssue, 'path'> = {}): string {
  const text = typeof value === 'string' ? value : '';
  const empty = text.trim() === '';
  const max = typeof issue.maximum === 'number' ? issue.maximum : defaultMaximum[field];
  switch (field) {
    case 'displayName':
      return empty ? t('accounts.validation.displayNameRequired') : t('accounts.validation.displayNameTooLong', { max });
    case 'email':
      if (empty) return t('accounts.validation.emailRequired');
      return issue.code === 'too_big' ? t('accounts.validation.emailTooLong', { max }) : t('accounts.validation.emailInvalid');
    case 'password': {
      if (text === '') return t('accounts.validation.passwordRequired');
      if (issue.code === 'too_big') return t('accounts.validation.passwordTooLong', { max });
      const problem = passwordProblem(text);
      if (problem === 'TOO_LONG') return t('accounts.validation.passwordTooLong', { max: PASSWORD_MAX_LENGTH });
      return t('accounts.validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
    }
    case 'totp':
      return empty ? t('accounts.validation.totpRequired') : t('accounts.validation.totpInvalid');
    default:
      return t('accounts.validation.choiceInvalid');
  }
}

/**
 * One message per field of `fields` that has an issue (the first issue wins); issues about
 * anything else are returned as `others`.
 */
export function fieldProblems<F extends AccountField>(
  t: TFunction,
  fields: readonly F[],
  issues: readonly FieldIssue[],
  values: Partial<Record<F, unknown>>,
): { fields: Partial<Record<F, string>>; others: FieldIssue[] } {
  const messages: Partial<Record<F, string>> = {};
  const others: FieldIssue[] = [];
  for (const issue of issues) {
    const name = fieldOf(issue);
    const field = fields.find((candidate) => candidate === name);
    if (!field) others.push(issue);
    else messages[field] ??= fieldMessage(t, field, values[field], issue);
  }
  return { fields: messages, others };
}

function isFieldIssue(value: unknown): value is FieldIssue {
  if (typeof value !== 'object' || value === null) return false;
  const path = (value as { path?: unknown }).path;
  return typeof path === 'string' || Array.isArray(path);
}

/**
 * What to show for a refused submission that the page does not handle specially: the fields the
 * API's VALIDATION_FAILED names, a wait in minutes for a 429, else the API's own message (already
 * in the interface language), or a connection problem for anything that is not an API answer.
 */
export function problemsFromError<F extends AccountField>(
  t: TFunction,
  error: unknown,
  fields: readonly F[],
  values: Partial<Record<F, unknown>>,
): { fields?: Partial<Record<F, string>>; general?: string } {
  if (!isApiError(error)) return { general: t('form.networkError') };
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
    const problems = fieldProblems(t, fields, error.details.filter(isFieldIssue), values);
    if (Object.keys(problems.fields).length > 0) {
      return { fields: problems.fields, general: problems.others.length > 0 ? error.message : undefined };
    }
  }
  if (error.statusCode === 429 && error.retryAfterSeconds !== undefined) {
    return { general: t('accounts.form.tooManyAttempts', { count: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) }) };
  }
  return { general: error.message };
}
