import { verifyEmailRequestSchema } from '@asaka/contracts';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { FocusedHeading } from '../../ui/form';
import { usePageTitle } from '../../ui/use-page-title';
import { forgetNextAfterSignUp, nextAfterSignUp, withNext } from './next-after-sign-up';

/**
 * The link in the verification mail: sends its token once on arrival, then offers sign-in. The
 * token is single-use, so it is sent once per visit even when React runs effects twice.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const client = useApiClient();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const tokenIsWellFormed = verifyEmailRequestSchema.shape.token.safeParse(token).success;
  const sent = useRef(false);
  // Where the person was going when they signed up (an invitation, say), read once.
  const [next] = useState(nextAfterSignUp);

  const verify = useMutation({
    mutationFn: (request: { token: string }) => client.request<void>('/auth/verify-email', { method: 'POST', body: request }),
  });
  const { mutate } = verify;

  useEffect(() => {
    if (!tokenIsWellFormed || sent.current) return;
    sent.current = true;
    mutate({ token });
  }, [mutate, token, tokenIsWellFormed]);

  useEffect(() => {
    if (verify.isSuccess) forgetNextAfterSignUp();
  }, [verify.isSuccess]);

  const failed = !tokenIsWellFormed || verify.isError;
  usePageTitle(verify.isSuccess ? t('accounts.verifyEmail.doneTitle') : failed ? t('accounts.verifyEmail.failedTitle') : t('accounts.verifyEmail.title'));

  if (verify.isSuccess) {
    return (
      <div className="form-page">
        <FocusedHeading>{t('accounts.verifyEmail.doneTitle')}</FocusedHeading>
        <p>{next ? t('accounts.verifyEmail.doneBodyWithNext') : t('accounts.verifyEmail.doneBody')}</p>
        <p>
          <Link href={withNext('/login', next)} className="button button--primary">
            {t('accounts.verifyEmail.signIn')}
          </Link>
        </p>
      </div>
    );
  }

  if (failed) {
    const reason = !tokenIsWellFormed
      ? t('accounts.verifyEmail.missingToken')
      : isApiError(verify.error)
        ? verify.error.message
        : t('form.networkError');
    return (
      <div className="form-page">
        <FocusedHeading>{t('accounts.verifyEmail.failedTitle')}</FocusedHeading>
        <p role="alert">{reason}</p>
        <p>{t('accounts.verifyEmail.failedHint')}</p>
        <ul className="form-page__links">
          <li>
            <Link href={withNext('/login', next)}>{t('accounts.signIn.title')}</Link>
          </li>
          <li>
            <Link href="/forgot-password">{t('accounts.signIn.forgotPassword')}</Link>
          </li>
        </ul>
      </div>
    );
  }

  return (
    <div className="form-page">
      <h1>{t('accounts.verifyEmail.title')}</h1>
      <p role="status">{t('accounts.verifyEmail.verifying')}</p>
    </div>
  );
}
