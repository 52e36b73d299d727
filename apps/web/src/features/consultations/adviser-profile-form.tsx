import type { Adviser, UpsertMyAdviser } from '@asaka/contracts';
import { CONSULTATION_PLACES, CONSULTATION_TOPICS, FOUNDING_AREAS } from '@asaka/domain';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Checkbox, CheckboxGroup, FieldError, Form, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import { ErrorSummary, InputField, SubmitButton, TextAreaField, useFormFields } from '../../ui/form';
import { Choice } from './choice';
import { areaLabel, placeLabel, topicLabel } from './labels';
import { checkProfile, emptyProfile, profileFieldIds, profileProblems, profileValuesOf, type ProfileField, type ProfileValues } from './profile-values';

function ChoiceList<T extends string>({
  field,
  label,
  hint,
  values,
  choices,
  labelOf,
  error,
  onChange,
}: {
  field: ProfileField;
  label: string;
  hint?: string;
  values: readonly T[];
  choices: readonly T[];
  labelOf: (value: T) => ReactNode;
  error?: string;
  onChange: (values: T[]) => void;
}) {
  return (
    <CheckboxGroup
      id={profileFieldIds[field]}
      name={field}
      value={[...values]}
      onChange={(chosen) => onChange(choices.filter((choice) => chosen.includes(choice)))}
      isRequired
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      className="choice-group"
    >
      <Label className="field__label">{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      {choices.map((choice) => (
        <Checkbox key={choice} value={choice} className="choice choice--checkbox">
          <Choice label={labelOf(choice)} />
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}

/**
 * An adviser's profile as people choosing whom to book see it: organization, title, introduction,
 * the areas (経営・財務・人材育成・販路開拓, which count for the founding pathway), topics, places, and
 * the online meeting link (only the two sides of a booking see it).
 */
export function AdviserProfileForm({
  adviser,
  onSave,
  submitLabel,
  onSaved,
}: {
  adviser: Adviser | null;
  onSave: (request: UpsertMyAdviser) => Promise<Adviser>;
  submitLabel: string;
  onSaved?: (adviser: Adviser) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [saved, setSaved] = useState(false);
  const form = useFormFields<ProfileValues, ProfileField>(
    () => (adviser ? profileValuesOf(adviser) : emptyProfile),
    profileFieldIds,
  );
  const save = useMutation({ mutationFn: onSave });
  const { values } = form;

  const submit = () => {
    if (save.isPending) return;
    setSaved(false);
    const check = checkProfile(t, values);
    if (!check.ok) {
      form.fail({ fields: check.problems, general: Object.keys(check.problems).length === 0 ? t('form.checkInput') : undefined });
      return;
    }
    form.clear();
    save.mutate(check.request, {
      onSuccess: (updated) => {
        form.reset(profileValuesOf(updated));
        setSaved(true);
        onSaved?.(updated);
      },
      onError: (error) => {
        if (!isApiError(error)) return form.fail({ general: t('form.networkError') });
        if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
          const fields = profileProblems(t, values, error.details as { path: string }[]);
          if (Object.keys(fields).length > 0) return form.fail({ fields });
        }
        if (error.code === 'MEETING_URL_REQUIRED') return form.fail({ fields: { meetingUrl: error.message } });
        form.fail({ general: error.message });
      },
    });
  };

  return (
    <>
      <ErrorSummary errors={form.errors} fieldIds={profileFieldIds} />
      <Form
        validationBehavior="aria"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <InputField {...form.text('organizationName')} label={t('consultations.profile.labels.organizationName')} description={t('consultations.profile.hints.organizationName')} isRequired />
        <InputField {...form.text('jobTitle')} label={t('consultations.profile.labels.jobTitle')} description={t('consultations.profile.hints.jobTitle')} />
        <TextAreaField {...form.text('introduction')} label={t('consultations.profile.labels.introduction')} description={t('consultations.profile.hints.introduction')} rows={5} />
        <ChoiceList
          field="areas"
          label={t('consultations.profile.labels.areas')}
          hint={t('consultations.profile.hints.areas')}
          values={values.areas}
          choices={FOUNDING_AREAS}
          labelOf={(area) => areaLabel(t, area)}
          error={form.error('areas')}
          onChange={(areas) => form.set('areas', areas)}
        />
        <ChoiceList
          field="topics"
          label={t('consultations.profile.labels.topics')}
          values={values.topics}
          choices={CONSULTATION_TOPICS}
          labelOf={(topic) => topicLabel(topic, language)}
          error={form.error('topics')}
          onChange={(topics) => form.set('topics', topics)}
        />
        <ChoiceList
          field="places"
          label={t('consultations.profile.labels.places')}
          values={values.places}
          choices={CONSULTATION_PLACES}
          labelOf={(place) => placeLabel(place, language)}
          error={form.error('places')}
          onChange={(places) => form.set('places', places)}
        />
        <InputField
          {...form.text('meetingUrl')}
          type="text"
          inputMode="url"
          label={t('consultations.profile.labels.meetingUrl')}
          description={t('consultations.profile.hints.meetingUrl')}
        />
        <div role="status" className="form-status">
          {saved && <p className="form-status__done">{t('consultations.profile.saved')}</p>}
        </div>
        <div className="form__actions">
          <SubmitButton isPending={save.isPending}>{submitLabel}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
