import type { VacantStoreContractType, VacantStoreStation, VacantStoreStatus, VacantStoreUse } from '@asaka/domain';
import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/i18n';

/**
 * How a listing's figures read: yen grouped the Japanese way, m² with 坪 beside it (what owners and
 * tenants in Japan think in), walking minutes from the station. The codes the API sends (stations,
 * uses, contract types, statuses) are Japanese words; English readers get them translated.
 */

const stations = {
  朝霞: 'asaka',
  朝霞台: 'asakadai',
  北朝霞: 'kitaAsaka',
  志木: 'shiki',
  和光市: 'wakoshi',
  新座: 'niiza',
} as const satisfies Record<VacantStoreStation, string>;

const uses = {
  飲食: 'food',
  物販: 'retail',
  サービス: 'services',
  事務所: 'office',
  教室: 'classes',
  その他: 'other',
} as const satisfies Record<VacantStoreUse, string>;

const contractTypes = {
  普通借家: 'standard',
  定期借家: 'fixedTerm',
} as const satisfies Record<VacantStoreContractType, string>;

export function stationLabel(t: TFunction, station: VacantStoreStation): string {
  return t(`vacantStores.stations.${stations[station]}`);
}

export function allowedUseLabel(t: TFunction, use: VacantStoreUse): string {
  return t(`vacantStores.uses.${uses[use]}`);
}

export function usesLabel(t: TFunction, list: readonly VacantStoreUse[]): string {
  return list.map((use) => allowedUseLabel(t, use)).join(t('ui.listSeparator'));
}

export function contractTypeLabel(t: TFunction, contractType: VacantStoreContractType): string {
  return t(`vacantStores.contractTypes.${contractTypes[contractType]}`);
}

export function statusLabel(t: TFunction, status: VacantStoreStatus): string {
  return t(`vacantStores.statuses.${status}`);
}

/** 「235,000円」 or 「¥235,000」: digits grouped as ja-JP groups them in both languages. */
export function formatYen(amount: number, language: Language): string {
  const digits = amount.toLocaleString('ja-JP');
  return language === 'ja' ? `${digits}円` : `¥${digits}`;
}

/** 「42.5m²（12.9坪）」 or 「42.5 m² (12.9 tsubo)」. */
export function formatArea(t: TFunction, squareMetres: number, tsubo: number): string {
  return t('vacantStores.format.area', {
    squareMetres: squareMetres.toLocaleString('ja-JP', { maximumFractionDigits: 2 }),
    tsubo: tsubo.toLocaleString('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  });
}

/** 「朝霞駅 徒歩2分」 or 「2 min walk from Asaka Station」. */
export function formatAccess(t: TFunction, station: VacantStoreStation, walkMinutes: number): string {
  return t('vacantStores.format.access', { station: stationLabel(t, station), minutes: walkMinutes });
}

/** 「約0.4km」: straight-line distance from the point searched around. */
export function formatDistance(t: TFunction, km: number): string {
  return t('vacantStores.format.distance', { km: km < 10 ? km.toFixed(1) : Math.round(km).toString() });
}

/** A calendar date (YYYY-MM-DD) as 「2025年4月1日」 or 「1 Apr 2025」. */
export function formatDate(date: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (language === 'ja') return `${year}年${month}月${day}日`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${day} ${months[month - 1]} ${year}`;
}
