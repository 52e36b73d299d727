import type { CreateOrganization } from '@asaka/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { InputField } from '../../ui/form';
import { corporateNumberDigits, corporateNumberProblem } from './corporate-number';

/** The organization form as typed: every field a string, the number of employees included. */
export interface OrganizationValues {
  name: string;
  corporateNumber: string;
  address: string;
  industry: string;
  employeeCount: string;
}
export type OrganizationField = keyof OrganizationValues;
export const organizationFields: readonly OrganizationField[] = ['name', 'corporateNumber', 'address', 'industry', 'employeeCount'];

export const emptyOrganization: OrganizationValues = { name: '', corporateNumber: '', address: '', industry: '', employeeCount: '' };

// The limits of createOrganizationSchema, so the messages can name them.
const maxLength = { name: 200, address: 300, industry: 100 } as const;
const maxEmployees = 1_000_000;

/** The number of employees as typed ("１２", "1,200"), or null when it is not a whole number in range. */
export function employeeCountOf(value: string): number | null {
  const text = value.normalize('NFKC').replace(/[,\s]/g, '');
  if (!/^\d+$/.test(text)) return null;
  const count = Number(text);
  return count <= maxEmployees ? count : null;
}

/**
 * A message for each field that would be refused, in the words of the interface language; the
 * same rules as the API's schema (which the page also checks before sending).
 */
export function organizationProblems(t: TFunction, values: OrganizationValues): Partial<Record<OrganizationField, string>> {
  const problems: Partial<Record<OrganizationField, string>> = {};
  for (const field of ['name', 'address', 'industry'] as const) {
    const text = values[field].trim();
    if (text === '') problems[field] = t(`organizations.validation.${field}Required`);
    else if (text.length > maxLength[field]) problems[field] = t(`organizations.validation.${field}TooLong`, { max: maxLength[field] });
  }
  const corporateNumber = corporateNumberProblem(values.corporateNumber);
  if (corporateNumber?.kind === 'notDigits') problems.corporateNumber = t('organizations.validation.corporateNumberDigits');
  else if (corporateNumber?.kind === 'length') problems.corporateNumber = t('organizations.validation.corporateNumberLength', { count: corporateNumber.count });
  else if (corporateNumber?.kind === 'checkDigit') problems.corporateNumber = t('organizations.validation.corporateNumberCheckDigit');
  if (values.employeeCount.trim() === '') problems.employeeCount = t('organizations.validation.employeeCountRequired');
  else if (employeeCountOf(values.employeeCount) === null) problems.employeeCount = t('organizations.validation.employeeCountInvalid', { max: maxEmployees.toLocaleString('en') });
  // Reordered to the order of the form, which the error summary lists them in.
  return Object.fromEntries(organizationFields.filter((field) => problems[field]).map((field) => [field, problems[field]]));
}

/** The request for valid values: trimmed text, the 法人番号 as 13 digits (left out when empty). */
export function organizationRequest(values: OrganizationValues): CreateOrganization {
  const corporateNumber = corporateNumberDigits(values.corporateNumber);
  return {
    name: values.name.trim(),
    ...(corporateNumber ? { corporateNumber } : {}),
    address: values.address.trim(),
    industry: values.industry.trim(),
    employeeCount: employeeCountOf(values.employeeCount) ?? 0,
  };
}

/** The field a VALIDATION_FAILED issue names ("corporateNumber", or "organization.corporateNumber" under `prefix`). */
export function organizationFieldOf(path: string | readonly PropertyKey[], prefix?: string): OrganizationField | null {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const [first] = prefix ? (parts[0] === prefix ? parts.slice(1) : []) : parts;
  return organizationFields.find((field) => field === first) ?? null;
}

/** The five fields of an organization, shared by its registration and by counter registration. */
export function OrganizationFields({
  ids,
  values,
  onChange,
  errors,
}: {
  ids: Readonly<Record<OrganizationField, string>>;
  values: OrganizationValues;
  onChange: (field: OrganizationField, value: string) => void;
  errors?: Partial<Record<OrganizationField, string>>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <InputField
        id={ids.name}
        name="organizationName"
        label={t('organizations.fields.name')}
        description={t('organizations.fields.nameHint')}
        autoComplete="organization"
        isRequired
        value={values.name}
        onChange={(value) => onChange('name', value)}
        error={errors?.name}
      />
      <InputField
        id={ids.corporateNumber}
        name="corporateNumber"
        label={t('organizations.fields.corporateNumber')}
        description={t('organizations.fields.corporateNumberHint')}
        autoComplete="off"
        inputMode="numeric"
        value={values.corporateNumber}
        onChange={(value) => onChange('corporateNumber', value)}
        error={errors?.corporateNumber}
      />
      <InputField
        id={ids.address}
        name="address"
        label={t('organizations.fields.address')}
        description={t('organizations.fields.addressHint')}
        autoComplete="street-address"
        isRequired
        value={values.address}
        onChange={(value) => onChange('address', value)}
        error={errors?.address}
      />
      <InputField
        id={ids.industry}
        name="industry"
        label={t('organizations.fields.industry')}
        description={t('organizations.fields.industryHint')}
        isRequired
        value={values.industry}
        onChange={(value) => onChange('industry', value)}
        error={errors?.industry}
      />
      <InputField
        id={ids.employeeCount}
        name="employeeCount"
        label={t('organizations.fields.employeeCount')}
        description={t('organizations.fields.employeeCountHint')}
        inputMode="numeric"
        isRequired
        value={values.employeeCount}
        onChange={(value) => onChange('employeeCount', value)}
        error={errors?.employeeCount}
      />
    </>
  );
}
