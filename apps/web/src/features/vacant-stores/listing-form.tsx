import type { MeResponse } from '@asaka/contracts';
import { ASAKA_DISTRICT_GROUPS, squareMetresToTsubo, VACANT_STORE_CONTRACT_TYPES, VACANT_STORE_STATIONS, VACANT_STORE_USES } from '@asaka/domain';
import type { ReactNode } from 'react';
import { Button, Checkbox, CheckboxGroup, FieldError, Form, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, InputField, SelectField, SubmitButton, TextAreaField, useFormFields } from '../../ui/form';
import { allowedUseLabel, contractTypeLabel, stationLabel } from './format';
import { LazyLocationPicker } from './lazy-maps';
import { listingFieldIds, numberOf, type ListingField, type ListingValues } from './listing-values';

export type ListingForm = ReturnType<typeof useFormFields<ListingValues, ListingField>>;

/** The form's state: values, errors and field bindings (see useFormFields). */
export function useListingForm(initial: ListingValues | (() => ListingValues)): ListingForm {
  return useFormFields<ListingValues, ListingField>(initial, listingFieldIds);
}

function Choice({ label, hint }: { label: ReactNode; hint?: ReactNode }) {
  return (
    <>
      <span className="choice__indicator" aria-hidden="true" />
      <span className="choice__text">
        <span className="choice__label">{label}</span>
        {hint && <span className="choice__hint">{hint}</span>}
      </span>
    </>
  );
}

/** A required checkbox with its message bound to it (the message is also in the summary). */
function Declaration({ form, field, label }: { form: ListingForm; field: 'noOrganizedCrimeTies' | 'noCityTaxArrears'; label: string }) {
  const error = form.error(field);
  const errorId = `${listingFieldIds[field]}-error`;
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <Checkbox {...form.checked(field)} isRequired aria-describedby={error ? errorId : undefined} className="choice choice--checkbox declaration">
        <Choice label={label} />
      </Checkbox>
    </div>
  );
}

/** The district's options: each 町 a group of its 丁目; a saved district not (or no longer) in the list is kept as it is. */
function districtOptions(current: string, choose: string) {
  const known = ASAKA_DISTRICT_GROUPS.some((group) => group.districts.includes(current));
  return [
    { value: '', label: choose },
    ...(current && !known ? [{ value: current, label: current }] : []),
    ...ASAKA_DISTRICT_GROUPS.map((group) =>
      group.districts.length === 1 ? { value: group.districts[0] ?? group.town, label: group.town } : { label: group.town, options: group.districts.map((district) => ({ value: district, label: district })) },
    ),
  ];
}

/**
 * Every field of a listing, in the order an owner has the facts at hand: the place, the space, the
 * money, the uses, the description, then the declarations. Shared by the new-listing and the
 * correction pages; `organizations` is given only when a new listing chooses its organization.
 */
export function ListingFormFields({
  form,
  organizations,
  onSubmit,
  isPending,
  submitLabel,
}: {
  form: ListingForm;
  organizations?: MeResponse['organizations'];
  onSubmit: () => void;
  isPending: boolean;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const { values } = form;
  const area = numberOf(values.floorAreaSquareMetres);
  const tsubo = area !== undefined && area > 0 && Number.isFinite(area) ? squareMetresToTsubo(area) : null;
  const latitude = numberOf(values.latitude);
  const longitude = numberOf(values.longitude);
  const position = latitude !== undefined && longitude !== undefined && Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : null;
  const choose = t('vacantStores.form.choose');

  return (
    <>
      <ErrorSummary errors={form.errors} fieldIds={listingFieldIds} />
      <Form
        validationBehavior="aria"
        className="form listing-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <p className="field__hint">{t('vacantStores.form.requiredNote')}</p>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('vacantStores.form.sections.basics')}</legend>
          {organizations && (
            <SelectField
              {...form.text('organizationId')}
              label={t('vacantStores.form.labels.organizationId')}
              description={t('vacantStores.form.hints.organizationId')}
              isRequired
              options={[{ value: '', label: choose }, ...organizations.map((organization) => ({ value: organization.id, label: organization.name }))]}
            />
          )}
          <InputField {...form.text('title')} label={t('vacantStores.form.labels.title')} description={t('vacantStores.form.hints.title')} isRequired />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('vacantStores.form.sections.place')}</legend>
          <SelectField
            {...form.text('district')}
            label={t('vacantStores.form.labels.district')}
            description={t('vacantStores.form.hints.district')}
            isRequired
            options={districtOptions(values.district, choose)}
          />
          <InputField
            {...form.text('streetAddress')}
            label={t('vacantStores.form.labels.streetAddress')}
            description={t('vacantStores.form.hints.streetAddress')}
            isRequired
           
          />
          <SelectField
            {...form.text('station')}
            label={t('vacantStores.form.labels.station')}
            isRequired
            options={[{ value: '', label: choose }, ...VACANT_STORE_STATIONS.map((station) => ({ value: station, label: stationLabel(t, station) }))]}
          />
          <InputField
            {...form.text('walkMinutes')}
            label={t('vacantStores.form.labels.walkMinutes')}
            description={t('vacantStores.form.hints.walkMinutes')}
            inputMode="numeric"
            isRequired
          />
          <fieldset className="fieldset listing-form__position">
            <legend className="field__label">{t('vacantStores.form.labels.position')}</legend>
            <p className="field__hint">{t('vacantStores.form.hints.position')}</p>
            <LazyLocationPicker
              value={position}
              label={t('vacantStores.map.pickerLabel')}
              onChange={(point) => {
                form.set('latitude', String(point.latitude));
                form.set('longitude', String(point.longitude));
              }}
            />
            <div className="listing-form__coordinates">
              <InputField {...form.text('latitude')} label={t('vacantStores.form.labels.latitude')} description={t('vacantStores.form.hints.latitude')} inputMode="decimal" />
              <InputField {...form.text('longitude')} label={t('vacantStores.form.labels.longitude')} description={t('vacantStores.form.hints.longitude')} inputMode="decimal" />
            </div>
            {(values.latitude !== '' || values.longitude !== '') && (
              <div className="form__actions">
                <Button
                  className="button button--secondary button--small"
                  onPress={() => {
                    form.set('latitude', '');
                    form.set('longitude', '');
                  }}
                >
                  {t('vacantStores.form.clearPosition')}
                </Button>
              </div>
            )}
          </fieldset>
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('vacantStores.form.sections.space')}</legend>
          <InputField
            {...form.text('floorAreaSquareMetres')}
            label={t('vacantStores.form.labels.floorAreaSquareMetres')}
            description={tsubo === null ? t('vacantStores.form.hints.floorArea') : t('vacantStores.form.hints.floorAreaWithTsubo', { tsubo: tsubo.toFixed(1) })}
            inputMode="decimal"
            isRequired
          />
          <InputField {...form.text('floor')} label={t('vacantStores.form.labels.floor')} description={t('vacantStores.form.hints.floor')} isRequired />
          <InputField {...form.text('previousUse')} label={t('vacantStores.form.labels.previousUse')} description={t('vacantStores.form.hints.previousUse')} />
          <Checkbox {...form.checked('fixturesRemain')} className="choice choice--checkbox">
            <Choice label={t('vacantStores.form.labels.fixturesRemain')} hint={t('vacantStores.form.hints.fixturesRemain')} />
          </Checkbox>
          <InputField {...form.text('availableFrom')} type="date" label={t('vacantStores.form.labels.availableFrom')} description={t('vacantStores.form.hints.availableFrom')} />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('vacantStores.form.sections.money')}</legend>
          <InputField
            {...form.text('monthlyRentYen')}
            label={t('vacantStores.form.labels.monthlyRentYen')}
            description={t('vacantStores.form.hints.yen')}
            inputMode="numeric"
            isRequired
          />
          <InputField {...form.text('commonChargesYen')} label={t('vacantStores.form.labels.commonChargesYen')} description={t('vacantStores.form.hints.yenOrNone')} inputMode="numeric" />
          <InputField {...form.text('depositYen')} label={t('vacantStores.form.labels.depositYen')} description={t('vacantStores.form.hints.yenOrNone')} inputMode="numeric" />
          <InputField {...form.text('keyMoneyYen')} label={t('vacantStores.form.labels.keyMoneyYen')} description={t('vacantStores.form.hints.yenOrNone')} inputMode="numeric" />
          <RadioGroup
            id={listingFieldIds.contractType}
            name="contractType"
            value={values.contractType}
            onChange={(value) => form.set('contractType', value)}
            isRequired
            isInvalid={Boolean(form.error('contractType'))}
            validationBehavior="aria"
            className="choice-group"
          >
            <Label className="field__label">{t('vacantStores.form.labels.contractType')}</Label>
            <Text slot="description" className="field__hint">
              {t('vacantStores.form.hints.contractType')}
            </Text>
            <FieldError className="field__error">{form.error('contractType')}</FieldError>
            {VACANT_STORE_CONTRACT_TYPES.map((contractType) => (
              <Radio key={contractType} value={contractType} className="choice choice--radio">
                <Choice label={contractTypeLabel(t, contractType)} />
              </Radio>
            ))}
          </RadioGroup>
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('vacantStores.form.sections.use')}</legend>
          <CheckboxGroup
            id={listingFieldIds.allowedUses}
            name="allowedUses"
            value={values.allowedUses}
            onChange={(chosen) => form.set('allowedUses', VACANT_STORE_USES.filter((use) => chosen.includes(use)))}
            isRequired
            isInvalid={Boolean(form.error('allowedUses'))}
            validationBehavior="aria"
            className="choice-group"
          >
            <Label className="field__label">{t('vacantStores.form.labels.allowedUses')}</Label>
            <Text slot="description" className="field__hint">
              {t('vacantStores.form.hints.allowedUses')}
            </Text>
            <FieldError className="field__error">{form.error('allowedUses')}</FieldError>
            {VACANT_STORE_USES.map((use) => (
              <Checkbox key={use} value={use} className="choice choice--checkbox">
                <Choice label={allowedUseLabel(t, use)} />
              </Checkbox>
            ))}
          </CheckboxGroup>
          <TextAreaField {...form.text('restrictions')} label={t('vacantStores.form.labels.restrictions')} description={t('vacantStores.form.hints.restrictions')} />
          <TextAreaField {...form.text('description')} label={t('vacantStores.form.labels.description')} description={t('vacantStores.form.hints.description')} rows={6} />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('vacantStores.form.sections.declarations')}</legend>
          <p className="field__hint">{t('vacantStores.form.hints.declarations')}</p>
          <Declaration form={form} field="noOrganizedCrimeTies" label={t('vacantStores.form.declarations.noOrganizedCrimeTies')} />
          <Declaration form={form} field="noCityTaxArrears" label={t('vacantStores.form.declarations.noCityTaxArrears')} />
        </fieldset>

        <div className="form__actions">
          <SubmitButton isPending={isPending}>{submitLabel}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
