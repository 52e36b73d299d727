import { EVENT_KINDS, FOUNDING_AREAS } from '@asaka/domain';
import type { ReactNode } from 'react';
import { Checkbox, CheckboxGroup, FieldError, Form, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { ErrorSummary, InputField, SubmitButton, TextAreaField, useFormFields } from '../../../ui/form';
import { areaLabel, kindLabel } from '../format';
import { eventFieldIds, type EventFormField, type EventFormValues } from './event-form-values';

export type EventForm = ReturnType<typeof useFormFields<EventFormValues, EventFormField>>;

export function useEventForm(initial: EventFormValues | (() => EventFormValues)): EventForm {
  return useFormFields<EventFormValues, EventFormField>(initial, eventFieldIds);
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

/** A time field: typed as people write times (「14:00」「１４：００」「1400」「14時」); the check reads them all. */
function TimeField({ form, field, label }: { form: EventForm; field: 'startTime' | 'endTime' | 'opensTime' | 'closesTime'; label: string }) {
  const { t } = useTranslation();
  return <InputField {...form.text(field)} label={label} description={t('events.staff.form.hints.time')} maxLength={10} />;
}

/**
 * Every field of an event, in the order staff plan one: what, when (Japan time), where, how many,
 * when people may register, and for a seminar the areas it covers. Shared by the new-event and the
 * edit pages.
 */
export function EventFormFields({ form, onSubmit, isPending, submitLabel }: { form: EventForm; onSubmit: () => void; isPending: boolean; submitLabel: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { values } = form;
  const label = (field: EventFormField) => t(`events.staff.form.labels.${field}`);

  return (
    <>
      <ErrorSummary errors={form.errors} fieldIds={eventFieldIds} />
      <Form
        validationBehavior="aria"
        className="form event-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <p className="field__hint">{t('events.staff.form.timeZoneNote')}</p>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('events.staff.form.sections.what')}</legend>
          <RadioGroup
            id={eventFieldIds.kind}
            name="kind"
            value={values.kind}
            onChange={(value) => form.set('kind', value)}
            isRequired
            isInvalid={Boolean(form.error('kind'))}
            validationBehavior="aria"
            className="choice-group"
          >
            <Label className="field__label">{label('kind')}</Label>
            <FieldError className="field__error">{form.error('kind')}</FieldError>
            {EVENT_KINDS.map((kind) => (
              <Radio key={kind} value={kind} className="choice choice--radio">
                <Choice label={kindLabel(kind, language)} />
              </Radio>
            ))}
          </RadioGroup>
          <InputField {...form.text('title')} label={label('title')} description={t('events.staff.form.hints.title')} isRequired />
          <InputField {...form.text('organizer')} label={label('organizer')} description={t('events.staff.form.hints.organizer')} isRequired />
          <TextAreaField {...form.text('description')} label={label('description')} description={t('events.staff.form.hints.description')} rows={8} />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('events.staff.form.sections.when')}</legend>
          <InputField {...form.text('date')} type="date" label={label('date')} isRequired />
          <div className="event-form__pair">
            <TimeField form={form} field="startTime" label={label('startTime')} />
            <TimeField form={form} field="endTime" label={label('endTime')} />
          </div>
          <InputField {...form.text('endDate')} type="date" label={label('endDate')} description={t('events.staff.form.hints.endDate')} />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('events.staff.form.sections.where')}</legend>
          <RadioGroup
            id={eventFieldIds.placeKind}
            name="placeKind"
            value={values.placeKind}
            onChange={(value) => form.set('placeKind', value)}
            isRequired
            isInvalid={Boolean(form.error('placeKind'))}
            validationBehavior="aria"
            className="choice-group"
          >
            <Label className="field__label">{label('placeKind')}</Label>
            <FieldError className="field__error">{form.error('placeKind')}</FieldError>
            <Radio value="venue" className="choice choice--radio">
              <Choice label={t('events.staff.form.placeKinds.venue')} />
            </Radio>
            <Radio value="online" className="choice choice--radio">
              <Choice label={t('events.staff.form.placeKinds.online')} />
            </Radio>
          </RadioGroup>
          {values.placeKind === 'online' ? (
            <InputField {...form.text('onlineUrl')} type="text" inputMode="url" label={label('onlineUrl')} description={t('events.staff.form.hints.onlineUrl')} isRequired />
          ) : (
            <>
              <InputField {...form.text('venueName')} label={label('venueName')} description={t('events.staff.form.hints.venueName')} isRequired />
              <InputField {...form.text('venueAddress')} label={label('venueAddress')} description={t('events.staff.form.hints.venueAddress')} isRequired />
            </>
          )}
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('events.staff.form.sections.registration')}</legend>
          <InputField {...form.text('capacity')} label={label('capacity')} description={t('events.staff.form.hints.capacity')} inputMode="numeric" isRequired />
          <div className="event-form__pair">
            <InputField {...form.text('opensDate')} type="date" label={label('opensDate')} description={t('events.staff.form.hints.opens')} />
            <TimeField form={form} field="opensTime" label={label('opensTime')} />
          </div>
          <div className="event-form__pair">
            <InputField {...form.text('closesDate')} type="date" label={label('closesDate')} description={t('events.staff.form.hints.closes')} />
            <TimeField form={form} field="closesTime" label={label('closesTime')} />
          </div>
        </fieldset>

        {values.kind === 'seminar' && (
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('events.staff.form.sections.areas')}</legend>
            <CheckboxGroup
              id={eventFieldIds.areas}
              name="areas"
              value={values.areas}
              onChange={(chosen) => form.set('areas', FOUNDING_AREAS.filter((area) => chosen.includes(area)))}
              isInvalid={Boolean(form.error('areas'))}
              validationBehavior="aria"
              className="choice-group"
            >
              <Label className="field__label">{label('areas')}</Label>
              <Text slot="description" className="field__hint">
                {t('events.staff.form.hints.areas')}
              </Text>
              <FieldError className="field__error">{form.error('areas')}</FieldError>
              {FOUNDING_AREAS.map((area) => (
                <Checkbox key={area} value={area} className="choice choice--checkbox">
                  <Choice label={areaLabel(t, area)} />
                </Checkbox>
              ))}
            </CheckboxGroup>
          </fieldset>
        )}

        <div className="form__actions">
          <SubmitButton isPending={isPending}>{submitLabel}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
