import { createOrganizationSchema, type CreateOrganization, type Organization } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { ErrorSummary, SubmitButton, useFormErrors } from '../../ui/form';
import { usePageTitle } from '../../ui/use-page-title';
import { meQueryKey, useMe } from '../accounts';
import { SignInPrompt } from '../accounts/sign-in-prompt';
import {
  emptyOrganization,
  organizationFieldOf,
  organizationProblems,
  organizationRequest,
  OrganizationFields,
  type OrganizationField,
  type OrganizationValues,
} from './organization-fields';
import type { OrganizationNotice } from './organization.page';

const fieldIds: Record<OrganizationField, string> = {
  name: 'organization-name',
  corporateNumber: 'organization-corporate-number',
  address: 'organization-address',
  industry: 'organization-industry',
  employeeCount: 'organization-employee-count',
};

/** Registering an organization (事業者): the person registering it becomes its owner. */
export function NewOrganizationPage() {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe();
  const [values, setValues] = useState<OrganizationValues>(emptyOrganization);
  const { errors, fail, clear } = useFormErrors<OrganizationField>();
  usePageTitle(t('organizations.new.title'));

  const create = useMutation({
    mutationFn: (request: CreateOrganization) => client.request<Organization>('/organizations', { method: 'POST', body: request }),
  });

  const submit = () => {
    if (create.isPending) return;
    const problems = organizationProblems(t, values);
    const request = organizationRequest(values);
    if (Object.keys(problems).length > 0 || !createOrganizationSchema.safeParse(request).success) {
      fail({ fields: problems, general: Object.keys(problems).length === 0 ? t('form.checkInput') : undefined });
      return;
    }
    clear();
    create.mutate(request, {
      onSuccess: async (organization) => {
        await queryClient.invalidateQueries({ queryKey: meQueryKey });
        await navigate(`/account/organizations/${organization.id}`, { state: { created: true } satisfies OrganizationNotice });
      },
      onError: (error) => {
        if (!isApiError(error)) return fail({ general: t('form.networkError') });
        if (error.code === 'CORPORATE_NUMBER_TAKEN') return fail({ fields: { corporateNumber: error.message } });
        if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
          const fields: Partial<Record<OrganizationField, string>> = {};
          for (const issue of error.details as { path?: string | PropertyKey[] }[]) {
            const field = issue.path ? organizationFieldOf(issue.path) : null;
            if (field) fields[field] ??= organizationProblems(t, values)[field] ?? error.message;
          }
          if (Object.keys(fields).length > 0) return fail({ fields });
        }
        fail({ general: error.message });
      },
    });
  };

  if (me.data === null) {
    return (
      <div className="form-page">
        <h1>{t('organizations.new.title')}</h1>
        <SignInPrompt />
      </div>
    );
  }

  return (
    <div className="form-page">
      <p className="breadcrumb">
        <Link href="/account#organizations">{t('organizations.backToAccount')}</Link>
      </p>
      <h1>{t('organizations.new.title')}</h1>
      <p>{t('organizations.new.lead')}</p>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <Form
        validationBehavior="aria"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <OrganizationFields
          ids={fieldIds}
          values={values}
          onChange={(field, value) => setValues((previous) => ({ ...previous, [field]: value }))}
          errors={errors?.fields}
        />
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('organizations.new.submit')}</SubmitButton>
        </div>
      </Form>
    </div>
  );
}
