import type { SavedSearchAlert } from '@asaka/contracts';
import type { TFunction } from 'i18next';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { savedSearchAlerts } from './saved-search-criteria';

const isAlert = (value: string): value is SavedSearchAlert => savedSearchAlerts.some((alert) => alert === value);

/** How a saved search alerts: at once, in the morning digest, or not at all, each with what it means. */
export function AlertChoice({ id, value, onChange }: { id: string; value: SavedSearchAlert; onChange: (alert: SavedSearchAlert) => void }) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      id={id}
      name="alert"
      value={value}
      onChange={(chosen) => {
        if (isAlert(chosen)) onChange(chosen);
      }}
      className="choice-group"
    >
      <Label className="field__label">{t('vacantStores.savedSearches.alert')}</Label>
      {savedSearchAlerts.map((alert) => (
        <Radio key={alert} value={alert} className="choice choice--radio">
          <span className="choice__indicator" aria-hidden="true" />
          <span className="choice__text">
            <span className="choice__label">{t(`vacantStores.savedSearches.alerts.${alert}.label`)}</span>
            <span className="choice__hint">{t(`vacantStores.savedSearches.alerts.${alert}.hint`)}</span>
          </span>
        </Radio>
      ))}
    </RadioGroup>
  );
}

/** The alert choice's short name, for lists. */
export function alertLabel(t: TFunction, alert: SavedSearchAlert): string {
  return t(`vacantStores.savedSearches.alerts.${alert}.label`);
}
