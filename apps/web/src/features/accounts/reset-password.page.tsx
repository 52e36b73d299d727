import { passwordResetConfirmSchema, type PasswordResetConfirm } from '@asaka/contracts';
import { PASSWORD_MIN_LENGTH } from '@asaka/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { ErrorSummary, FocusedHeading, PasswordField, SubmitButton, useFormErrors } from '../../ui/form';
import { usePageTitle } from '../../ui/use-page-title';
import { fieldProblems, problemsFromError } from './form-problems';
import { sessionChanged } from './session';

type Field = 'password';
const fieldIds: Record<Field, string> = { password: 'reset-password-password' };
const fields = Object.keys(fieldIds) as Field[];

/** The link in the password-reset mail: choose a new password; every session ends. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [password, setPassword] = useState('');
  const { errors, fail, clear } = useFormErrors<Field>();
  // An unusable link: say so and offer a new one, rather than a form that cannot succeed.
  const [refusedLink, setRefusedLink] = useState<string | null>(null);
  const linkProblem = passwordResetConfirmSchema.shape.token.safeParse(token).success ? refusedLink : t('accounts.resetPassword.missingToken');

  const confirm = useMutation({
    mutationFn: (request: PasswordResetConfirm) => client.request<void>('/auth/password-reset/confirm', { method: 'POST', body: request }),
    // Whoever was signed in here has just been signed out by the server.
    onSuccess: () => sessionChanged(queryClient),
  });

  usePageTitle(confirm.isSuccess ? t('accounts.resetPassword.doneTitle') : t('accounts.resetPassword.title'));

  const submit = () => {
    if (confirm.isPending) return;
    const request = { token, password };
    const parsed = passwordResetConfirmSchema.safeParse(request);
    if (!parsed.success) {
      fail({ fields: fieldProblems(t, fields, parsed.error.issues, request).fields });
      return;
    }
    clear();
    confirm.mutate(request, {
      onError: (error) => {
        if (isApiError(error) && error.code === 'PASSWORD_TOO_COMMON') fail({ fields: { password: error.message } });
        else if (isApiError(error) && error.code === 'INVALID_TOKEN') setRefusedLink(error.message);
        else fail(problemsFromError(t, error, fields, request));
      },
    });
  };

  if (confirm.isSuccess) {
    return (
      <div className="form-page">
        <FocusedHeading>{t('accounts.resetPassword.doneTitle')}</FocusedHeading>
        <p>{t('accounts.resetPassword.doneBody')}</p>
        <p>
          <Link href="/login" className="button button--primary">
            {t('accounts.resetPassword.signIn')}
          </Link>
        </p>
      </div>
    );
  }

  if (linkProblem) {
    return (
      <div className="form-page">
        <FocusedHeading>{t('accounts.resetPassword.title')}</FocusedHeading>
        <p role="alert">{linkProblem}</p>
        <p>
          <Link href="/forgot-password">{t('accounts.resetPassword.requestAgain')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="form-page">
      <h1>{t('accounts.resetPassword.title')}</h1>
      <p>{t('accounts.resetPassword.lead')}</p>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <Form
        validationBehavior="aria"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <PasswordField
          id={fieldIds.password}
          name="password"
          label={t('accounts.fields.newPassword')}
          description={t('accounts.fields.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          isRequired
          value={password}
          onChange={setPassword}
          error={errors?.fields.password}
        />
        <div className="form__actions">
          <SubmitButton isPending={confirm.isPending}>{t('accounts.resetPassword.submit')}</SubmitButton>
        </div>
      </Form>
    </div>
  );
}
