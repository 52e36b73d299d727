import { secondFactorConfirmSchema, type MeResponse, type SecondFactorSetup } from '@asaka/contracts';
import type { Role } from '@asaka/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { BusyButton, ErrorSummary, InputField, SubmitButton, useFormErrors } from '../../ui/form';

type Field = 'code';
const fieldIds: Record<Field, string> = { code: 'second-factor-code' };

/** "ABCD EFGH IJKL …": the secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * Turning on two-step verification (TOTP): a new secret to register in an authenticator app
 * (typed in, or through the otpauth: link on a phone that has the app), then one code from the
 * app to confirm. For a person holding staff or admin rights, those rights take effect then.
 */
export function SecondFactorSection({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [setup, setSetup] = useState<SecondFactorSetup | null>(null);
  const [code, setCode] = useState('');
  // The rights that were waiting when the code was confirmed, to say which ones now apply.
  const [enabledRoles, setEnabledRoles] = useState<readonly Role[] | null>(null);
  const { errors, fail, clear } = useFormErrors<Field>();
  const stepsHeading = useRef<HTMLHeadingElement>(null);
  const doneMessage = useRef<HTMLParagraphElement>(null);

  const begin = useMutation({
    mutationFn: () => client.request<SecondFactorSetup>('/me/second-factor', { method: 'POST' }),
  });
  const confirm = useMutation({
    mutationFn: (request: { code: string }) => client.request<void>('/me/second-factor/confirm', { method: 'POST', body: request }),
  });

  // The start button is gone once the secret shows: reading continues at the first step.
  useEffect(() => {
    if (setup) stepsHeading.current?.focus();
  }, [setup]);
  useEffect(() => {
    if (enabledRoles && me.secondFactorEnabled) doneMessage.current?.focus();
  }, [enabledRoles, me.secondFactorEnabled]);

  const roleNames = (roles: readonly Role[]) => roles.map((role) => t(`accounts.roles.${role}`)).join(t('ui.listSeparator'));

  if (me.secondFactorEnabled) {
    return (
      <>
        {enabledRoles && (
          <p ref={doneMessage} tabIndex={-1} role="status" className="notice notice--done focus-target">
            {enabledRoles.length > 0 ? t('accounts.secondFactor.doneWithRoles', { roles: roleNames(enabledRoles) }) : t('accounts.secondFactor.done')}
          </p>
        )}
        <p>{t('accounts.secondFactor.on')}</p>
      </>
    );
  }

  const submit = () => {
    if (confirm.isPending) return;
    const request = { code: code.normalize('NFKC').replace(/\s/g, '') };
    if (!secondFactorConfirmSchema.safeParse(request).success) {
      fail({ fields: { code: request.code === '' ? t('accounts.validation.totpRequired') : t('accounts.validation.totpInvalid') } });
      return;
    }
    clear();
    const pending = me.pendingRoles;
    confirm.mutate(request, {
      onSuccess: async () => {
        setEnabledRoles(pending);
        // Rights have changed within this session: everything read before is read again.
        await queryClient.invalidateQueries();
      },
      onError: async (error) => {
        if (isApiError(error) && error.code === 'SECOND_FACTOR_INVALID') fail({ fields: { code: error.message } });
        else if (isApiError(error) && error.code === 'SECOND_FACTOR_ALREADY_ENABLED') await queryClient.invalidateQueries();
        else fail({ general: isApiError(error) ? error.message : t('form.networkError') });
      },
    });
  };

  if (!setup) {
    return (
      <>
        <p>{t('accounts.secondFactor.offLead')}</p>
        <p>{t('accounts.secondFactor.appHint')}</p>
        <div className="form__actions">
          <BusyButton
            className="button button--primary"
            isPending={begin.isPending}
            onPress={() =>
              begin.mutate(undefined, {
                onSuccess: (started) => setSetup(started),
                onError: async (error) => {
                  if (isApiError(error) && error.code === 'SECOND_FACTOR_ALREADY_ENABLED') await queryClient.invalidateQueries();
                },
              })
            }
          >
            {t('accounts.secondFactor.start')}
          </BusyButton>
        </div>
        <div role="alert">{begin.isError && <p className="form-status__failed">{isApiError(begin.error) ? begin.error.message : t('form.networkError')}</p>}</div>
      </>
    );
  }

  return (
    <>
      <h3 ref={stepsHeading} tabIndex={-1} className="focus-target">
        {t('accounts.secondFactor.stepsTitle')}
      </h3>
      <ol className="steps">
        <li>
          <p>{t('accounts.secondFactor.step1')}</p>
          <p className="secret">
            <span className="secret__label">{t('accounts.secondFactor.secretLabel')}</span>
            <code className="secret__value" translate="no">
              {groupSecret(setup.secret)}
            </code>
          </p>
          <p>
            <a href={setup.otpauthUri}>{t('accounts.secondFactor.openInApp')}</a>
            <br />
            <span className="field__hint">{t('accounts.secondFactor.openInAppHint')}</span>
          </p>
        </li>
        <li>
          <p>{t('accounts.secondFactor.step2')}</p>
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
              id={fieldIds.code}
              name="code"
              label={t('accounts.fields.totp')}
              description={t('accounts.fields.totpHint')}
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={7}
              isRequired
              value={code}
              onChange={setCode}
              error={errors?.fields.code}
            />
            <div className="form__actions">
              <SubmitButton isPending={confirm.isPending}>{t('accounts.secondFactor.confirm')}</SubmitButton>
            </div>
          </Form>
        </li>
      </ol>
    </>
  );
}
