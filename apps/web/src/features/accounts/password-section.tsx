import { changePasswordSchema, type ChangePassword } from '@asaka/contracts';
import { PASSWORD_MIN_LENGTH } from '@asaka/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { ErrorSummary, PasswordField, SubmitButton, useFormErrors } from '../../ui/form';
import { fieldMessage, type FieldIssue } from './form-problems';

type Field = 'currentPassword' | 'newPassword';
const fieldIds: Record<Field, string> = { currentPassword: 'password-current', newPassword: 'password-new' };

/** Changing the password ends every other session (the API does that); this one stays. */
export function PasswordSection({ email }: { email: string }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [values, setValues] = useState<ChangePassword>({ currentPassword: '', newPassword: '' });
  const [done, setDone] = useState(false);
  const { errors, fail, clear } = useFormErrors<Field>();

  const change = useMutation({
    mutationFn: (request: ChangePassword) => client.request<void>('/me/password', { method: 'PUT', body: request }),
  });

  const messageFor = (issue: FieldIssue): [Field, string] | null => {
    const [first] = typeof issue.path === 'string' ? issue.path.split('.') : issue.path;
    if (first === 'currentPassword') return ['currentPassword', t('accounts.validation.currentPasswordRequired')];
    if (first === 'newPassword') return ['newPassword', fieldMessage(t, 'password', values.newPassword, issue)];
    return null;
  };

  const fieldsFrom = (issues: readonly FieldIssue[]) => {
    const fields: Partial<Record<Field, string>> = {};
    for (const issue of issues) {
      const found = messageFor(issue);
      if (found) fields[found[0]] ??= found[1];
    }
    return fields;
  };

  const submit = () => {
    if (change.isPending) return;
    setDone(false);
    const parsed = changePasswordSchema.safeParse(values);
    if (!parsed.success) {
      fail({ fields: fieldsFrom(parsed.error.issues) });
      return;
    }
    clear();
    change.mutate(values, {
      onSuccess: () => {
        setValues({ currentPassword: '', newPassword: '' });
        setDone(true);
      },
      onError: (error) => {
        if (!isApiError(error)) fail({ general: t('form.networkError') });
        else if (error.code === 'INVALID_CREDENTIALS') fail({ fields: { currentPassword: t('accounts.password.currentWrong') } });
        else if (error.code === 'PASSWORD_TOO_COMMON') fail({ fields: { newPassword: error.message } });
        else if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
          const fields = fieldsFrom(error.details as FieldIssue[]);
          fail(Object.keys(fields).length > 0 ? { fields } : { general: error.message });
        } else fail({ general: error.message });
      },
    });
  };

  return (
    <>
      <p>{t('accounts.password.lead')}</p>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <Form
        validationBehavior="aria"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {/* Tells password managers whose password this is, so they update the right entry. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField
          id={fieldIds.currentPassword}
          name="currentPassword"
          label={t('accounts.password.current')}
          autoComplete="current-password"
          isRequired
          value={values.currentPassword}
          onChange={(currentPassword) => setValues((previous) => ({ ...previous, currentPassword }))}
          error={errors?.fields.currentPassword}
        />
        <PasswordField
          id={fieldIds.newPassword}
          name="newPassword"
          label={t('accounts.fields.newPassword')}
          description={t('accounts.fields.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          isRequired
          value={values.newPassword}
          onChange={(newPassword) => setValues((previous) => ({ ...previous, newPassword }))}
          error={errors?.fields.newPassword}
        />
        <div className="form__actions">
          <SubmitButton isPending={change.isPending}>{t('accounts.password.submit')}</SubmitButton>
        </div>
        <div role="status" className="form-status">
          {done && <p className="form-status__done">{t('accounts.password.done')}</p>}
        </div>
      </Form>
    </>
  );
}
