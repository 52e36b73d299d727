import { FOUNDING_BUSINESS_TYPES } from '@asaka/domain';
import type { ReactNode } from 'react';
import { FieldError, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { ErrorSummary, InputField, SelectField, SubmitButton, useFormFields } from '../../../ui/form';
import { businessTypeLabel } from '../format';
import type { StoreChoice } from './inquired-stores';
import { reportFieldIds, type ReportField, type ReportFormValues } from './report-values';

export type ReportForm = ReturnType<typeof useFormFields<ReportFormValues, ReportField>>;

export function useReportForm(initial: ReportFormValues | (() => ReportFormValues)): ReportForm {
  return useFormFields<ReportFormValues, ReportField>(initial, reportFieldIds);
}

function Choice({ label }: { label: ReactNode }) {
  return (
    <>
      <span className="choice__indicator" aria-hidden="true" />
      <span className="choice__text">
        <span className="choice__label">{label}</span>
      </span>
    </>
  );
}

/** A radio group of the form, bound to its value and error like the other fields. */
function ChoiceField({ form, field, label, options }: { form: ReportForm; field: 'businessType' | 'inAsaka'; label: string; options: { value: string; label: string }[] }) {
  return (
    <RadioGroup
      id={reportFieldIds[field]}
      name={field}
      value={form.values[field] || null}
      onChange={(value) => form.set(field, value)}
      isRequired
      isInvalid={Boolean(form.error(field))}
      validationBehavior="aria"
      className="choice-group"
    >
      <Label className="field__label">{label}</Label>
      <FieldError className="field__error">{form.error(field)}</FieldError>
      {options.map((option) => (
        <Radio key={option.value} value={option.value} className="choice choice--radio">
          <Choice label={option.label} />
        </Radio>
      ))}
    </RadioGroup>
  );
}

/**
 * The founding report's fields, in the order people have them at hand: when, what, where, and the
 * vacant store used (offered from the stores the person inquired about). Shared by the new report
 * and the correction of one.
 */
export function ReportFormFields({
  form,
  stores,
  storesLoading,
  onSubmit,
  isPending,
  submitLabel,
}: {
  form: ReportForm;
  stores: readonly StoreChoice[];
  storesLoading: boolean;
  onSubmit: () => void;
  isPending: boolean;
  submitLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const label = (key: 'foundedOn' | 'businessName' | 'businessType' | 'industry' | 'inAsaka' | 'address') => t(`founding.reports.form.${key}`);

  return (
    <>
      <ErrorSummary errors={form.errors} fieldIds={reportFieldIds} />
      <Form
        validationBehavior="aria"
        className="form founding-report-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <InputField {...form.text('foundedOn')} type="date" label={label('foundedOn')} description={t('founding.reports.form.foundedOnHint')} isRequired />
        <InputField {...form.text('businessName')} label={label('businessName')} description={t('founding.reports.form.businessNameHint')} autoComplete="organization" isRequired />
        <ChoiceField
          form={form}
          field="businessType"
          label={label('businessType')}
          options={FOUNDING_BUSINESS_TYPES.map((type) => ({ value: type, label: businessTypeLabel(type, language) }))}
        />
        <InputField {...form.text('industry')} label={label('industry')} description={t('founding.reports.form.industryHint')} isRequired />
        <ChoiceField
          form={form}
          field="inAsaka"
          label={label('inAsaka')}
          options={[
            { value: 'yes', label: t('founding.reports.form.inAsakaYes') },
            { value: 'no', label: t('founding.reports.form.inAsakaNo') },
          ]}
        />
        <InputField {...form.text('address')} label={label('address')} description={t('founding.reports.form.addressHint')} isRequired />
        {storesLoading ? (
          <p role="status" className="field__hint">
            {t('founding.reports.form.storesLoading')}
          </p>
        ) : stores.length > 0 ? (
          <SelectField
            {...form.text('vacantStoreId')}
            label={t('founding.reports.form.vacantStore')}
            description={t('founding.reports.form.vacantStoreHint')}
            options={[{ value: '', label: t('founding.reports.form.noStore') }, ...stores.map((store) => ({ value: store.id, label: store.title }))]}
          />
        ) : (
          <div className="field">
            <p className="field__label">{t('founding.reports.form.vacantStore')}</p>
            <p className="field__hint">{t('founding.reports.form.noStores')}</p>
          </div>
        )}
        <div className="form__actions">
          <SubmitButton isPending={isPending}>{submitLabel}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
