import { registerRequestSchema, type RegisterRequest } from '@asaka/contracts';
import { PASSWORD_MIN_LENGTH, SELF_CHOSEN_ROLES, type Locale } from '@asaka/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Checkbox, CheckboxGroup, FieldError, Form, Label, Link, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { currentLanguage, isLanguage, supportedLanguages } from '../../i18n/i18n';
import { ErrorSummary, FocusedHeading, InputField, PasswordField, SubmitButton, useFormErrors } from '../../ui/form';
import { usePageTitle } from '../../ui/use-page-title';
import { fieldProblems, problemsFromError } from './form-problems';
import { explicitNext, rememberNextAfterSignUp, withNext } from './next-after-sign-up';

type SelfChosenRole = (typeof SELF_CHOSEN_ROLES)[number];
type Field = 'displayName' | 'email' | 'password' | 'roles' | 'locale';

const fieldIds: Record<Field, string> = {
  displayName: 'signup-display-name',
  email: 'signup-email',
  password: 'signup-password',
  roles: 'signup-roles',
  locale: 'signup-locale',
};
const fields = Object.keys(fieldIds) as Field[];

// Each language is named in itself, as in the language switch.
const endonyms: Record<Locale, string> = { ja: '日本語', en: 'English' };

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const [searchParams] = useSearchParams();
  // Where the person was going (an invitation, say): kept for after the address is confirmed.
  const next = explicitNext(searchParams.get('next'));
  const [values, setValues] = useState<Required<RegisterRequest>>(() => ({
    displayName: '',
    email: '',
    password: '',
    locale: currentLanguage(i18n),
    roles: [],
  }));
  const { errors, fail, clear } = useFormErrors<Field>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  usePageTitle(sentTo ? t('accounts.signUp.sentTitle') : t('accounts.signUp.title'));

  const register = useMutation({
    mutationFn: (request: RegisterRequest) => client.request('/auth/register', { method: 'POST', body: request }),
  });

  const set = <K extends Field>(field: K, value: Required<RegisterRequest>[K]) => setValues((previous) => ({ ...previous, [field]: value }));

  const submit = () => {
    if (register.isPending) return;
    const request = { ...values, email: values.email.trim() };
    const parsed = registerRequestSchema.safeParse(request);
    if (!parsed.success) {
      fail({ fields: fieldProblems(t, fields, parsed.error.issues, request).fields });
      return;
    }
    clear();
    register.mutate(request, {
      onSuccess: () => {
        rememberNextAfterSignUp(next);
        setSentTo(request.email);
      },
      onError: (error) => {
        // The API knows the list of common passwords; its message says why, next to the field.
        if (isApiError(error) && error.code === 'PASSWORD_TOO_COMMON') fail({ fields: { password: error.message } });
        else fail(problemsFromError(t, error, fields, request));
      },
    });
  };

  if (sentTo) {
    return (
      <div className="form-page">
        <FocusedHeading>{t('accounts.signUp.sentTitle')}</FocusedHeading>
        <p>{t('accounts.signUp.sentBody', { email: sentTo })}</p>
        <p>{t('accounts.form.mailNotArrived')}</p>
      </div>
    );
  }

  return (
    <div className="form-page">
      <h1>{t('accounts.signUp.title')}</h1>
      <p>{t('accounts.signUp.lead')}</p>
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
          id={fieldIds.displayName}
          name="displayName"
          label={t('accounts.fields.displayName')}
          description={t('accounts.fields.displayNameHint')}
          autoComplete="name"
          isRequired
          value={values.displayName}
          onChange={(value) => set('displayName', value)}
          error={errors?.fields.displayName}
        />
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
          description={t('accounts.fields.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          isRequired
          value={values.password}
          onChange={(value) => set('password', value)}
          error={errors?.fields.password}
        />
        <CheckboxGroup
          id={fieldIds.roles}
          name="roles"
          value={values.roles}
          onChange={(roles) => set('roles', roles.filter((role): role is SelfChosenRole => SELF_CHOSEN_ROLES.some((known) => known === role)))}
          isInvalid={Boolean(errors?.fields.roles)}
          validationBehavior="aria"
          className="choice-group"
        >
          <Label className="field__label">{t('accounts.fields.roles')}</Label>
          <Text slot="description" className="field__hint">
            {t('accounts.fields.rolesHint')}
          </Text>
          <FieldError className="field__error">{errors?.fields.roles}</FieldError>
          {SELF_CHOSEN_ROLES.map((role) => (
            <Checkbox key={role} value={role} className="choice choice--checkbox">
              <span className="choice__indicator" aria-hidden="true" />
              <span className="choice__text">
                <span className="choice__label">{t(`accounts.roles.${role}`)}</span>
                <span className="choice__hint">{t(`accounts.fields.roleHints.${role}`)}</span>
              </span>
            </Checkbox>
          ))}
        </CheckboxGroup>
        <RadioGroup
          id={fieldIds.locale}
          name="locale"
          value={values.locale}
          onChange={(locale) => {
            if (isLanguage(locale)) set('locale', locale);
          }}
          isInvalid={Boolean(errors?.fields.locale)}
          validationBehavior="aria"
          className="choice-group"
        >
          <Label className="field__label">{t('accounts.fields.locale')}</Label>
          <Text slot="description" className="field__hint">
            {t('accounts.fields.localeHint')}
          </Text>
          <FieldError className="field__error">{errors?.fields.locale}</FieldError>
          {supportedLanguages.map((language) => (
            <Radio key={language} value={language} className="choice choice--radio">
              <span className="choice__indicator" aria-hidden="true" />
              <span className="choice__text">
                <span className="choice__label" lang={language}>
                  {endonyms[language]}
                </span>
              </span>
            </Radio>
          ))}
        </RadioGroup>
        <div className="form__actions">
          <SubmitButton isPending={register.isPending}>{t('accounts.signUp.submit')}</SubmitButton>
        </div>
      </Form>
      <p className="form-page__aside">
        {t('accounts.signUp.haveAccount')} <Link href={withNext('/login', next)}>{t('accounts.signUp.signInLink')}</Link>
      </p>
    </div>
  );
}
