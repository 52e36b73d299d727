import type { MatchReasonView } from '@asaka/contracts';
import { VACANT_STORE_STATIONS, VACANT_STORE_USES, type VacantStoreStation, type VacantStoreUse } from '@asaka/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../../../i18n/i18n';
import { formatAccess, formatYen, usesLabel } from '../format';

const isStation = (value: string): value is VacantStoreStation => VACANT_STORE_STATIONS.some((station) => station === value);
const isUse = (value: string): value is VacantStoreUse => VACANT_STORE_USES.some((use) => use === value);

/** One reason in words, without its mark: 「北朝霞駅 徒歩5分」「予算内（月額275,000円）」. */
export function reasonText(t: TFunction, reason: MatchReasonView, language: Language): string {
  switch (reason.kind) {
    case 'station':
      return isStation(reason.station)
        ? formatAccess(t, reason.station, reason.walkMinutes)
        : t('vacantStores.format.access', { station: reason.station, minutes: reason.walkMinutes });
    case 'budget':
      return t(reason.met ? 'vacantStores.recommendations.reasons.budgetMet' : 'vacantStores.recommendations.reasons.budgetUnmet', {
        amount: formatYen(reason.monthlyTotalYen, language),
      });
    case 'use': {
      const uses = usesLabel(t, reason.uses.filter(isUse));
      if (reason.met) return t('vacantStores.recommendations.reasons.usesMet', { uses });
      return reason.uses.length > 0 ? t('vacantStores.recommendations.reasons.usesPartly', { uses }) : t('vacantStores.recommendations.reasons.usesNone');
    }
    case 'area': {
      const area = reason.areaSquareMetres.toLocaleString('ja-JP', { maximumFractionDigits: 2 });
      return t(reason.met ? 'vacantStores.recommendations.reasons.areaMet' : 'vacantStores.recommendations.reasons.areaUnmet', { area });
    }
  }
}

/**
 * Why a store and a seeker fit, need by need: 「北朝霞駅 徒歩5分 ✓」「予算超過（月額300,000円） ✗」.
 * The words say it and the mark repeats it (with a name for screen readers); the colour only
 * repeats the mark.
 */
export function MatchReasons({ reasons }: { reasons: readonly MatchReasonView[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <ul className="match-reasons" aria-label={t('vacantStores.recommendations.reasonsLabel')}>
      {reasons.map((reason) => (
        <li key={reason.kind} className={`match-reason match-reason--${reason.met ? 'met' : 'unmet'}`}>
          {reasonText(t, reason, language)}{' '}
          <span role="img" aria-label={t(reason.met ? 'vacantStores.recommendations.met' : 'vacantStores.recommendations.unmet')} className="match-reason__mark">
            {reason.met ? '✓' : '✗'}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** 「一致度 83%」 */
export function MatchScore({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <p className="match-score">
      {t('vacantStores.recommendations.score')} <strong className="match-score__value">{t('vacantStores.recommendations.scoreValue', { score })}</strong>
    </p>
  );
}
