import { counterRegistrationSchema, type CounterRegistration, type CounterRegistrationResult } from '@asaka/contracts';
import { SELF_CHOSEN_ROLES, type Locale } from '@asaka/domain';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, FieldError, Form, Label, Link, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { supportedLanguages } from '../../i18n/i18n';
import { ErrorSummary, InputField, SubmitButton, TextAreaField, useFormErrors } from '../../ui/form';
import { usePageTitle } from '../../ui/use-page-title';
import {
  emptyOrganization,
  organizationFieldOf,
  organizationProblems,
  organizationRequest,
  OrganizationFields,
  type OrganizationField,
  type OrganizationValues,
} from '../organizations/organization-fields';
import { searchFor } from './filters';
import { StaffGate } from './staff-access';

type SelfChosenRole = (typeof SELF_CHOSEN_ROLES)[number];
type ConsentMethod = CounterRegistration['consent']['method'];
type PersonField = 'email' | 'displayName' | 'locale' | 'roles' | 'consentMethod' | 'consentNote';
type Field = PersonField | OrganizationField;

const organizationIds: Record<OrganizationField, string> = {
  name: 'counter-organization-name',
  corporateNumber: 'counter-organization-corporate-number',
  address: 'counter-organization-address',
  industry: 'counter-organization-industry',
  employeeCount: 'counter-organization-employee-count',
};
const fieldIds: Record<Field, string> = {
  email: 'counter-email',
  displayName: 'counter-display-name',
  locale: 'counter-locale',
  roles: 'counter-roles',
  consentMethod: 'counter-consent-method',
  consentNote: 'counter-consent-note',
  ...organizationIds,
};

const consentMethods: readonly ConsentMethod[] = ['signed-form', 'verbal'];
const endonyms: Record<Locale, string> = { ja: '日本語', en: 'English' };
const maxNote = 500;

export interface CounterValues {
  email: string;
  displayName: string;
  locale: Locale;
  roles: SelfChosenRole[];
  consentMethod: ConsentMethod | '';
  consentNote: string;
  withOrganization: boolean;
  organization: OrganizationValues;
}

export const emptyCounterValues: CounterValues = {
  email: '',
  displayName: '',
  locale: 'ja',
  roles: [],
  consentMethod: '',
  consentNote: '',
  withOrganization: false,
  organization: emptyOrganization,
};

/** The request for these values (the organization only when asked for). */
export function counterRequest(values: CounterValues): CounterRegistration {
  const note = values.consentNote.trim();
  return {
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    locale: values.locale,
    roles: values.roles,
    consent: { method: values.consentMethod === '' ? 'signed-form' : values.consentMethod, ...(note ? { note } : {}) },
    ...(values.withOrganization ? { organization: organizationRequest(values.organization) } : {}),
  };
}

/** A message for each field the API would refuse, in the order of the form. */
export function counterProblems(t: TFunction, values: CounterValues): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  const email = values.email.trim();
  const emailCheck = counterRegistrationSchema.shape.email.safeParse(email);
  if (email === '') problems.email = t('accounts.validation.emailRequired');
  else if (!emailCheck.success) problems.email = email.length > 254 ? t('accounts.validation.emailTooLong', { max: 254 }) : t('accounts.validation.emailInvalid');
  const name = values.displayName.trim();
  if (name === '') problems.displayName = t('staff.counter.validation.displayNameRequired');
  else if (name.length > 100) problems.displayName = t('accounts.validation.displayNameTooLong', { max: 100 });
  if (values.consentMethod === '') problems.consentMethod = t('staff.counter.validation.consentMethodRequired');
  if (values.consentNote.trim().length > maxNote) problems.consentNote = t('staff.counter.validation.consentNoteTooLong', { max: maxNote });
  if (values.withOrganization) Object.assign(problems, organizationProblems(t, values.organization));
  const order = Object.keys(fieldIds) as Field[];
  return Object.fromEntries(order.filter((field) => problems[field]).map((field) => [field, problems[field]]));
}

/** The form field a VALIDATION_FAILED issue's path names. */
function fieldOfPath(path: string | readonly PropertyKey[]): Field | null {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  if (parts[0] === 'organization') return organizationFieldOf(parts, 'organization');
  if (parts[0] === 'consent') return parts[1] === 'note' ? 'consentNote' : 'consentMethod';
  const person: readonly PersonField[] = ['email', 'displayName', 'locale', 'roles'];
  return person.find((field) => field === parts[0]) ?? null;
}

/**
 * Staff open an account for someone who asked at the counter, recording how they consented, and
 * optionally their organization. The person then sets their own password from the mailed link:
 * staff never know it.
 */
export function CounterRegistrationPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.counter.title'));
  return <StaffGate title={t('staff.counter.title')} wide={false}>{() => <CounterRegistrationForm />}</StaffGate>;
}

function CounterRegistrationForm() {
  const { t } = useTranslation();
  const client = useApiClient();
  const [values, setValues] = useState<CounterValues>(emptyCounterValues);
  const [registered, setRegistered] = useState<{ email: string; displayName: string; withOrganization: boolean } | null>(null);
  const { errors, fail, clear } = useFormErrors<Field>();
  const doneHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (registered) doneHeading.current?.focus();
  }, [registered]);

  const register = useMutation({
    mutationFn: (request: CounterRegistration) =>
      client.request<CounterRegistrationResult>('/admin/counter-registrations', { method: 'POST', body: request }),
  });

  const set = <K extends keyof CounterValues>(field: K, value: CounterValues[K]) => setValues((previous) => ({ ...previous, [field]: value }));

  const submit = () => {
    if (register.isPending) return;
    const problems = counterProblems(t, values);
    const request = counterRequest(values);
    if (Object.keys(problems).length > 0) {
      fail({ fields: problems });
      return;
    }
    if (!counterRegistrationSchema.safeParse(request).success) {
      fail({ general: t('form.checkInput') });
      return;
    }
    clear();
    register.mutate(request, {
      onSuccess: () => {
        setRegistered({ email: request.email, displayName: request.displayName, withOrganization: values.withOrganization });
        setValues(emptyCounterValues);
      },
      onError: (error) => {
        if (!isApiError(error)) return fail({ general: t('form.networkError') });
        if (error.code === 'EMAIL_ALREADY_REGISTERED') return fail({ fields: { email: error.message } });
        if (error.code === 'CORPORATE_NUMBER_TAKEN') return fail({ fields: { corporateNumber: error.message } });
        if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
          const fields: Partial<Record<Field, string>> = {};
          for (const issue of error.details as { path?: string | PropertyKey[] }[]) {
            const field = issue.path ? fieldOfPath(issue.path) : null;
            if (field) fields[field] ??= error.message;
          }
          if (Object.keys(fields).length > 0) return fail({ fields });
        }
        fail({ general: error.message });
      },
    });
  };

  if (registered) {
    return (
      <>
        <h2 ref={doneHeading} tabIndex={-1} className="focus-target">
          {t('staff.counter.doneTitle')}
        </h2>
        <p role="status">{t('staff.counter.doneBody', { name: registered.displayName, email: registered.email })}</p>
        {registered.withOrganization && <p>{t('staff.counter.doneOrganization')}</p>}
        <p>{t('staff.counter.doneHint')}</p>
        <ul className="form-page__links">
          <li>
            <Link href={`/staff/deliveries${searchFor({ recipient: registered.email })}`}>{t('staff.counter.checkDelivery')}</Link>
          </li>
        </ul>
        <div className="form__actions">
          <Button className="button button--primary" onPress={() => setRegistered(null)}>
            {t('staff.counter.another')}
          </Button>
        </div>
      </>
    );
  }

  return (
    <>
      <p>{t('staff.counter.lead')}</p>
      <p className="notice">{t('staff.counter.passwordNotice')}</p>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <Form
        validationBehavior="aria"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('staff.counter.personLegend')}</legend>
          <InputField
            id={fieldIds.email}
            name="email"
            type="email"
            label={t('accounts.fields.email')}
            autoComplete="off"
            isRequired
            value={values.email}
            onChange={(value) => set('email', value)}
            error={errors?.fields.email}
          />
          <InputField
            id={fieldIds.displayName}
            name="displayName"
            label={t('accounts.fields.displayName')}
            description={t('staff.counter.displayNameHint')}
            autoComplete="off"
            isRequired
            value={values.displayName}
            onChange={(value) => set('displayName', value)}
            error={errors?.fields.displayName}
          />
          <RadioGroup
            id={fieldIds.locale}
            name="locale"
            value={values.locale}
            onChange={(locale) => {
              const language = supportedLanguages.find((known) => known === locale);
              if (language) set('locale', language);
            }}
            validationBehavior="aria"
            className="choice-group"
          >
            <Label className="field__label">{t('accounts.fields.locale')}</Label>
            <Text slot="description" className="field__hint">
              {t('staff.counter.localeHint')}
            </Text>
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
          <CheckboxGroup
            id={fieldIds.roles}
            name="roles"
            value={values.roles}
            onChange={(roles) => set('roles', SELF_CHOSEN_ROLES.filter((role) => roles.includes(role)))}
            className="choice-group"
          >
            <Label className="field__label">{t('accounts.fields.roles')}</Label>
            <Text slot="description" className="field__hint">
              {t('staff.counter.rolesHint')}
            </Text>
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
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('staff.counter.consentLegend')}</legend>
          <RadioGroup
            id={fieldIds.consentMethod}
            name="consentMethod"
            value={values.consentMethod}
            onChange={(method) => {
              const known = consentMethods.find((candidate) => candidate === method);
              if (known) set('consentMethod', known);
            }}
            isRequired
            isInvalid={Boolean(errors?.fields.consentMethod)}
            validationBehavior="aria"
            className="choice-group"
          >
            <Label className="field__label">{t('staff.counter.consentMethod')}</Label>
            <Text slot="description" className="field__hint">
              {t('staff.counter.consentMethodHint')}
            </Text>
            <FieldError className="field__error">{errors?.fields.consentMethod}</FieldError>
            {consentMethods.map((method) => (
              <Radio key={method} value={method} className="choice choice--radio">
                <span className="choice__indicator" aria-hidden="true" />
                <span className="choice__text">
                  <span className="choice__label">{t(`staff.counter.consentMethods.${method === 'signed-form' ? 'signedForm' : 'verbal'}`)}</span>
                </span>
              </Radio>
            ))}
          </RadioGroup>
          <TextAreaField
            id={fieldIds.consentNote}
            name="consentNote"
            label={t('staff.counter.consentNote')}
            description={t('staff.counter.consentNoteHint', { max: maxNote })}
            value={values.consentNote}
            onChange={(value) => set('consentNote', value)}
            error={errors?.fields.consentNote}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('staff.counter.organizationLegend')}</legend>
          <Checkbox isSelected={values.withOrganization} onChange={(selected) => set('withOrganization', selected)} className="choice choice--checkbox">
            <span className="choice__indicator" aria-hidden="true" />
            <span className="choice__text">
              <span className="choice__label">{t('staff.counter.withOrganization')}</span>
              <span className="choice__hint">{t('staff.counter.withOrganizationHint')}</span>
            </span>
          </Checkbox>
          {values.withOrganization && (
            <OrganizationFields
              ids={organizationIds}
              values={values.organization}
              onChange={(field, value) => setValues((previous) => ({ ...previous, organization: { ...previous.organization, [field]: value } }))}
              errors={errors?.fields}
            />
          )}
        </fieldset>

        <div className="form__actions">
          <SubmitButton isPending={register.isPending}>{t('staff.counter.submit')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
