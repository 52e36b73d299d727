import { loginRequestSchema, type LoginRequest } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { ErrorSummary, InputField, PasswordField, SubmitButton, useFormErrors } from '../../ui/form';
import { usePageTitle } from '../../ui/use-page-title';
import { fieldProblems, problemsFromError } from './form-problems';
import { explicitNext, withNext } from './next-after-sign-up';
import { safeNextPath } from './safe-next';
import { sessionChanged } from './session';

type Field = 'email' | 'password' | 'totp';

const fieldIds: Record<Field, string> = { email: 'login-email', password: 'login-password', totp: 'login-totp' };
const fields = Object.keys(fieldIds) as Field[];

/** Passed in the navigation's state by sign-out, so the page can confirm it. */
export interface SignInNotice {
  signedOut?: boolean;
}

function noticeFrom(state: unknown): SignInNotice {
  return typeof state === 'object' && state !== null ? (state as SignInNotice) : {};
}

export function SignInPage() {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  usePageTitle(t('accounts.signIn.title'));

  const [values, setValues] = useState({ email: '', password: '', totp: '' });
  // Staff and admin accounts are asked for a code from their authenticator app once the password is right.
  const [askForCode, setAskForCode] = useState(false);
  const { errors, fail, clear } = useFormErrors<Field>();
  const notice = noticeFrom(location.state);
  const nextForSignUp = explicitNext(searchParams.get('next'));

  useEffect(() => {
    if (askForCode) document.getElementById(fieldIds.totp)?.focus();
  }, [askForCode]);

  const login = useMutation({
    mutationFn: (request: LoginRequest) => client.request<void>('/auth/login', { method: 'POST', body: request }),
  });

  const set = (field: Field, value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  const submit = () => {
    if (login.isPending) return;
    const request: LoginRequest = { email: values.email.trim(), password: values.password, ...(askForCode ? { totp: values.totp.replace(/\s/g, '') } : {}) };
    const parsed = loginRequestSchema.safeParse(request);
    if (!parsed.success) {
      fail({ fields: fieldProblems(t, fields, parsed.error.issues, request).fields });
      return;
    }
    clear();
    login.mutate(request, {
      onSuccess: async () => {
        await sessionChanged(queryClient);
        await navigate(safeNextPath(searchParams.get('next')), { replace: true });
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'SECOND_FACTOR_REQUIRED' && !askForCode) {
          setAskForCode(true);
        } else if (isApiError(error) && (error.code === 'SECOND_FACTOR_INVALID' || error.code === 'SECOND_FACTOR_REQUIRED')) {
          fail({ fields: { totp: error.message } });
        } else {
          fail(problemsFromError(t, error, fields, request));
        }
      },
    });
  };

  const backToPassword = () => {
    clear();
    setAskForCode(false);
    set('totp', '');
  };

  return (
    <div className="form-page">
      <h1>{t('accounts.signIn.title')}</h1>
      {notice.signedOut && (
        <p role="status" className="notice">
          {t('accounts.signIn.signedOut')}
        </p>
      )}
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <Form
        validationBehavior="aria"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {/* Kept in the page during the code step (hidden), so password managers still see them. */}
        <div hidden={askForCode} className="form__group">
          <InputField
            id={fieldIds.email}
            name="email"
            type="email"
            label={t('accounts.fields.email')}
            autoComplete="email"
            isRequired
            value={values.email}
            onChange={(value) => set('email', value)}
            error={errors?.fields.email}
          />
          <PasswordField
            id={fieldIds.password}
            name="password"
            label={t('accounts.fields.password')}
            autoComplete="current-password"
            isRequired
            value={values.password}
            onChange={(value) => set('password', value)}
            error={errors?.fields.password}
          />
        </div>
        {askForCode && (
          <InputField
              id={fieldIds.totp}
              name="totp"
              label={t('accounts.fields.totp')}
              description={t('accounts.fields.totpHint')}
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={6}
              isRequired
              value={values.totp}
              onChange={(value) => set('totp', value)}
              error={errors?.fields.totp}
            />
        )}
        <div className="form__actions">
          <SubmitButton isPending={login.isPending}>{askForCode ? t('accounts.signIn.totpSubmit') : t('accounts.signIn.submit')}</SubmitButton>
          {askForCode && (
            <Button className="button button--secondary" onPress={backToPassword}>
              {t('accounts.signIn.back')}
            </Button>
          )}
        </div>
      </Form>
      <ul className="form-page__links">
        <li>
          <Link href="/forgot-password">{t('accounts.signIn.forgotPassword')}</Link>
        </li>
        <li>
          {t('accounts.signIn.noAccount')} <Link href={withNext('/signup', nextForSignUp)}>{t('accounts.signIn.signUpLink')}</Link>
        </li>
      </ul>
    </div>
  );
}
