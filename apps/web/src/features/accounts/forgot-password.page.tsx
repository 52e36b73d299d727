import { passwordResetRequestSchema, type PasswordResetRequest } from '@asaka/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-client-context';
import { ErrorSummary, FocusedHeading, InputField, SubmitButton, useFormErrors } from '../../ui/form';
import { usePageTitle } from '../../ui/use-page-title';
import { fieldProblems, problemsFromError } from './form-problems';

type Field = 'email';
const fieldIds: Record<Field, string> = { email: 'forgot-password-email' };
const fields = Object.keys(fieldIds) as Field[];

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const client = useApiClient();
  const [email, setEmail] = useState('');
  const { errors, fail, clear } = useFormErrors<Field>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  usePageTitle(sentTo ? t('accounts.forgotPassword.sentTitle') : t('accounts.forgotPassword.title'));

  const requestReset = useMutation({
    mutationFn: (request: PasswordResetRequest) => client.request('/auth/password-reset', { method: 'POST', body: request }),
  });

  const submit = () => {
    if (requestReset.isPending) return;
    const request = { email: email.trim() };
    const parsed = passwordResetRequestSchema.safeParse(request);
    if (!parsed.success) {
      fail({ fields: fieldProblems(t, fields, parsed.error.issues, request).fields });
      return;
    }
    clear();
    requestReset.mutate(request, {
      onSuccess: () => setSentTo(request.email),
      onError: (error) => fail(problemsFromError(t, error, fields, request)),
    });
  };

  if (sentTo) {
    return (
      <div className="form-page">
        <FocusedHeading>{t('accounts.forgotPassword.sentTitle')}</FocusedHeading>
        <p>{t('accounts.forgotPassword.sentBody', { email: sentTo })}</p>
        <p>{t('accounts.form.mailNotArrived')}</p>
        <p>
          <Link href="/login">{t('accounts.forgotPassword.backToSignIn')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="form-page">
      <h1>{t('accounts.forgotPassword.title')}</h1>
      <p>{t('accounts.forgotPassword.lead')}</p>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <Form
        validationBehavior="aria"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <InputField
          id={fieldIds.email}
          name="email"
          type="email"
          label={t('accounts.fields.email')}
          autoComplete="email"
          isRequired
          value={email}
          onChange={setEmail}
          error={errors?.fields.email}
        />
        <div className="form__actions">
          <SubmitButton isPending={requestReset.isPending}>{t('accounts.forgotPassword.submit')}</SubmitButton>
        </div>
      </Form>
      <p className="form-page__aside">
        <Link href="/login">{t('accounts.forgotPassword.backToSignIn')}</Link>
      </p>
    </div>
  );
}
