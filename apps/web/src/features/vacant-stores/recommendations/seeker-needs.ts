import type { PutStoreSeekerProfile, StoreSeekerProfile } from '@asaka/contracts';
import type { VacantStoreStation, VacantStoreUse } from '@asaka/domain';
import type { TFunction } from 'i18next';
import { numberOf } from '../listing-values';

/** The needs form's values as chosen and typed; empty text is "no preference". */
export interface NeedsValues {
  stations: VacantStoreStation[];
  maxWalkMinutes: string;
  monthlyBudgetYen: string;
  uses: VacantStoreUse[];
  minArea: string;
  maxArea: string;
  plannedBusiness: string;
  discoverable: boolean;
}
export type NeedsField = keyof NeedsValues;

/** Each field's control, in the order the form shows them (the error summary links to them). */
export const needsFieldIds: Record<NeedsField, string> = {
  stations: 'needs-stations',
  maxWalkMinutes: 'needs-max-walk',
  monthlyBudgetYen: 'needs-budget',
  uses: 'needs-uses',
  minArea: 'needs-min-area',
  maxArea: 'needs-max-area',
  plannedBusiness: 'needs-planned-business',
  discoverable: 'needs-discoverable',
};

/** Walking times offered as a limit, minutes. */
export const walkChoices = [3, 5, 10, 15, 20] as const;
export const plannedBusinessMaxLength = 500;
const budgetMax = 100_000_000;

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

export function needsValuesOf(profile: StoreSeekerProfile): NeedsValues {
  const { needs } = profile;
  return {
    stations: [...(needs.stations ?? [])],
    maxWalkMinutes: text(needs.maxWalkMinutes),
    monthlyBudgetYen: text(needs.monthlyBudgetYen),
    uses: [...(needs.uses ?? [])],
    minArea: text(needs.minAreaSquareMetres),
    maxArea: text(needs.maxAreaSquareMetres),
    plannedBusiness: profile.plannedBusiness ?? '',
    discoverable: profile.discoverable,
  };
}

export type NeedsCheck = { ok: true; request: PutStoreSeekerProfile } | { ok: false; problems: Partial<Record<NeedsField, string>> };

/**
 * The request for PUT /api/vacant-stores/seeker-profile, or what to correct first. The budget is
 * typed as people type money (「２０万」 is not a number, 「200,000円」 is); the other limits are
 * chosen from lists and can only be out of order.
 */
export function checkNeeds(t: TFunction, values: NeedsValues): NeedsCheck {
  const problems: Partial<Record<NeedsField, string>> = {};
  const budget = numberOf(values.monthlyBudgetYen);
  if (budget !== undefined && !(Number.isInteger(budget) && budget >= 0 && budget <= budgetMax)) {
    problems.monthlyBudgetYen = t('vacantStores.recommendations.needs.problems.budget');
  }
  const minArea = values.minArea === '' ? undefined : Number(values.minArea);
  const maxArea = values.maxArea === '' ? undefined : Number(values.maxArea);
  if (minArea !== undefined && maxArea !== undefined && maxArea < minArea) {
    problems.maxArea = t('vacantStores.recommendations.needs.problems.areaRange');
  }
  const plannedBusiness = values.plannedBusiness.trim();
  if (plannedBusiness.length > plannedBusinessMaxLength) {
    problems.plannedBusiness = t('vacantStores.recommendations.needs.problems.plannedBusinessTooLong', { max: plannedBusinessMaxLength });
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const needs: PutStoreSeekerProfile['needs'] = {};
  if (values.stations.length > 0) needs.stations = values.stations;
  if (values.maxWalkMinutes !== '') needs.maxWalkMinutes = Number(values.maxWalkMinutes);
  if (budget !== undefined) needs.monthlyBudgetYen = budget;
  if (values.uses.length > 0) needs.uses = values.uses;
  if (minArea !== undefined) needs.minAreaSquareMetres = minArea;
  if (maxArea !== undefined) needs.maxAreaSquareMetres = maxArea;
  return { ok: true, request: { needs, plannedBusiness: plannedBusiness === '' ? null : plannedBusiness, discoverable: values.discoverable } };
}
