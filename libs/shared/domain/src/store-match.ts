/**
 * How well a vacant store fits what a seeker said they need, with the reasons shown beside the
 * score (「北朝霞駅 徒歩5分 ✓ 予算内 ✓」). Only stated needs count: a seeker who gave no budget is
 * neither helped nor hurt by rent.
 */
export interface StoreFacts {
  station: string;
  walkMinutes: number;
  areaSquareMetres: number;
  monthlyRentYen: number;
  commonChargesYen: number;
  allowedUses: readonly string[];
}

export interface SeekerNeeds {
  stations?: readonly string[];
  maxWalkMinutes?: number;
  monthlyBudgetYen?: number;
  uses?: readonly string[];
  minAreaSquareMetres?: number;
  maxAreaSquareMetres?: number;
}

export type MatchReason =
  | { kind: 'station'; met: boolean; station: string; walkMinutes: number }
  | { kind: 'budget'; met: boolean; monthlyTotalYen: number; budgetYen: number }
  | { kind: 'use'; met: boolean; uses: string[] }
  | { kind: 'area'; met: boolean; areaSquareMetres: number };

export interface StoreMatch {
  /** 0–100: the share of the seeker's stated needs this store meets, weighted. */
  score: number;
  reasons: MatchReason[];
}

const WEIGHTS = { station: 3, budget: 3, use: 2, area: 2 } as const;

export function scoreStoreForSeeker(store: StoreFacts, needs: SeekerNeeds): StoreMatch {
  const reasons: MatchReason[] = [];
  if (needs.stations?.length || needs.maxWalkMinutes !== undefined) {
    const stationOk = !needs.stations?.length || needs.stations.includes(store.station);
    const walkOk = needs.maxWalkMinutes === undefined || store.walkMinutes <= needs.maxWalkMinutes;
    reasons.push({ kind: 'station', met: stationOk && walkOk, station: store.station, walkMinutes: store.walkMinutes });
  }
  if (needs.monthlyBudgetYen !== undefined) {
    const total = store.monthlyRentYen + store.commonChargesYen;
    reasons.push({ kind: 'budget', met: total <= needs.monthlyBudgetYen, monthlyTotalYen: total, budgetYen: needs.monthlyBudgetYen });
  }
  if (needs.uses?.length) {
    const matching = needs.uses.filter((use) => store.allowedUses.includes(use));
    reasons.push({ kind: 'use', met: matching.length === needs.uses.length, uses: matching });
  }
  if (needs.minAreaSquareMetres !== undefined || needs.maxAreaSquareMetres !== undefined) {
    const met =
      (needs.minAreaSquareMetres === undefined || store.areaSquareMetres >= needs.minAreaSquareMetres) &&
      (needs.maxAreaSquareMetres === undefined || store.areaSquareMetres <= needs.maxAreaSquareMetres);
    reasons.push({ kind: 'area', met, areaSquareMetres: store.areaSquareMetres });
  }
  const possible = reasons.reduce((sum, r) => sum + WEIGHTS[r.kind], 0);
  const earned = reasons.reduce((sum, r) => sum + (r.met ? WEIGHTS[r.kind] : 0), 0);
  return { score: possible === 0 ? 0 : Math.round((earned / possible) * 100), reasons };
}
