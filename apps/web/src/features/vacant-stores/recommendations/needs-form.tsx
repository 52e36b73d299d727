import type { PutStoreSeekerProfile, StoreSeekerProfile } from '@asaka/contracts';
import { VACANT_STORE_STATIONS, VACANT_STORE_USES } from '@asaka/domain';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Checkbox, CheckboxGroup, Form, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError } from '../../../api/client';
import { ErrorSummary, InputField, SelectField, SubmitButton, TextAreaField, useFormFields } from '../../../ui/form';
import { allowedUseLabel, stationLabel } from '../format';
import { areaChoices } from '../search-filters';
import { checkNeeds, needsFieldIds, needsValuesOf, plannedBusinessMaxLength, walkChoices, type NeedsField, type NeedsValues } from './seeker-needs';

export const seekerProfilePath = '/vacant-stores/seeker-profile';

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

/**
 * What the seeker needs (stations, walk, budget, uses, size), what they plan to open, and whether
 * owners may find them. Saved whole (PUT); `onSaved` refreshes the recommendations.
 */
export function NeedsForm({ profile, onSaved }: { profile: StoreSeekerProfile; onSaved: (profile: StoreSeekerProfile) => Promise<unknown> | void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const form = useFormFields<NeedsValues, NeedsField>(() => needsValuesOf(profile), needsFieldIds);
  const { values } = form;
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (request: PutStoreSeekerProfile) => client.request<StoreSeekerProfile>(seekerProfilePath, { method: 'PUT', body: request }),
  });

  const submit = () => {
    if (save.isPending) return;
    setSaved(false);
    const check = checkNeeds(t, values);
    if (!check.ok) {
      form.fail({ fields: check.problems });
      return;
    }
    form.clear();
    save.mutate(check.request, {
      onSuccess: async (updated) => {
        form.reset(needsValuesOf(updated));
        setSaved(true);
        await onSaved(updated);
      },
      onError: (error) => form.fail({ general: isApiError(error) ? error.message : t('form.networkError') }),
    });
  };

  const areaOptions = (none: string) => [
    { value: '', label: none },
    ...areaChoices.map((area) => ({ value: String(area), label: t('vacantStores.search.areaChoice', { area }) })),
  ];

  return (
    <>
      <ErrorSummary errors={form.errors} fieldIds={needsFieldIds} />
      <Form
        className="form needs-form"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p className="field__hint">{t('vacantStores.recommendations.needs.lead')}</p>
        <CheckboxGroup
          id={needsFieldIds.stations}
          name="stations"
          value={values.stations}
          onChange={(chosen) => form.set('stations', VACANT_STORE_STATIONS.filter((station) => chosen.includes(station)))}
          className="choice-group choice-group--columns"
        >
          <Label className="field__label">{t('vacantStores.recommendations.needs.stations')}</Label>
          <Text slot="description" className="field__hint">
            {t('vacantStores.recommendations.needs.stationsHint')}
          </Text>
          {VACANT_STORE_STATIONS.map((station) => (
            <Checkbox key={station} value={station} className="choice choice--checkbox">
              <Choice label={stationLabel(t, station)} />
            </Checkbox>
          ))}
        </CheckboxGroup>
        <SelectField
          {...form.text('maxWalkMinutes')}
          label={t('vacantStores.recommendations.needs.maxWalkMinutes')}
          options={[
            { value: '', label: t('vacantStores.recommendations.needs.anyWalk') },
            ...walkChoices.map((minutes) => ({ value: String(minutes), label: t('vacantStores.recommendations.needs.walkChoice', { minutes }) })),
          ]}
        />
        <InputField
          {...form.text('monthlyBudgetYen')}
          inputMode="numeric"
          label={t('vacantStores.recommendations.needs.monthlyBudgetYen')}
          description={t('vacantStores.recommendations.needs.monthlyBudgetHint')}
        />
        <CheckboxGroup
          id={needsFieldIds.uses}
          name="uses"
          value={values.uses}
          onChange={(chosen) => form.set('uses', VACANT_STORE_USES.filter((use) => chosen.includes(use)))}
          className="choice-group choice-group--columns"
        >
          <Label className="field__label">{t('vacantStores.recommendations.needs.uses')}</Label>
          <Text slot="description" className="field__hint">
            {t('vacantStores.recommendations.needs.usesHint')}
          </Text>
          {VACANT_STORE_USES.map((use) => (
            <Checkbox key={use} value={use} className="choice choice--checkbox">
              <Choice label={allowedUseLabel(t, use)} />
            </Checkbox>
          ))}
        </CheckboxGroup>
        <div className="needs-form__range">
          <SelectField {...form.text('minArea')} label={t('vacantStores.recommendations.needs.minArea')} options={areaOptions(t('vacantStores.search.noMinimum'))} />
          <SelectField {...form.text('maxArea')} label={t('vacantStores.recommendations.needs.maxArea')} options={areaOptions(t('vacantStores.search.noMaximum'))} />
        </div>
        <TextAreaField
          {...form.text('plannedBusiness')}
          label={t('vacantStores.recommendations.needs.plannedBusiness')}
          description={t('vacantStores.recommendations.needs.plannedBusinessHint')}
          maxLength={plannedBusinessMaxLength}
        />
        <Checkbox {...form.checked('discoverable')} className="choice choice--checkbox needs-form__discoverable">
          <span className="choice__indicator" aria-hidden="true" />
          <span className="choice__text">
            <span className="choice__label">{t('vacantStores.recommendations.needs.discoverable')}</span>
            <span className="choice__hint">{t('vacantStores.recommendations.needs.discoverableHint')}</span>
          </span>
        </Checkbox>
        <div className="form__actions">
          <SubmitButton isPending={save.isPending}>{t('vacantStores.recommendations.needs.save')}</SubmitButton>
        </div>
        <div role="status" className="form-status">
          {saved && !form.isDirty && <p className="form-status__done">{t('vacantStores.recommendations.needs.saved')}</p>}
        </div>
      </Form>
    </>
  );
}
