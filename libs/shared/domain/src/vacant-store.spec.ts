import { normalizeSearchText } from './search-text';
import {
  isVacantStoreEditable,
  isVacantStorePublic,
  nextVacantStoreStatus,
  vacantStoreActionActors,
  vacantStoreDeclarationsComplete,
  vacantStoreMonthlyTotalYen,
  squareMetresToTsubo,
  VACANT_STORE_ACTIONS,
  VACANT_STORE_STATUSES,
  vacantStoreActions,
  vacantStoreExpiry,
} from './vacant-store';

describe('vacant-store review flow', () => {
  it('walks the happy path: draft → submitted → published → let → closed', () => {
    expect(nextVacantStoreStatus('draft', 'submit', 'owner')).toBe('submitted');
    expect(nextVacantStoreStatus('submitted', 'publish', 'staff')).toBe('published');
    expect(nextVacantStoreStatus('published', 'mark-let', 'owner')).toBe('let');
    expect(nextVacantStoreStatus('let', 'close', 'staff')).toBe('closed');
  });

  it('lets a rejected listing be corrected and submitted again', () => {
    expect(nextVacantStoreStatus('submitted', 'reject', 'staff')).toBe('rejected');
    expect(nextVacantStoreStatus('rejected', 'submit', 'owner')).toBe('submitted');
  });

  it('refuses moves by the wrong actor or from the wrong status', () => {
    expect(nextVacantStoreStatus('submitted', 'publish', 'owner')).toBeNull();
    expect(nextVacantStoreStatus('draft', 'publish', 'staff')).toBeNull();
    expect(nextVacantStoreStatus('closed', 'withdraw', 'owner')).toBeNull();
    expect(nextVacantStoreStatus('let', 'withdraw', 'owner')).toBeNull();
  });

  it('lets the owner withdraw at any time before the listing has ended', () => {
    for (const status of ['draft', 'submitted', 'published', 'rejected'] as const) {
      expect(nextVacantStoreStatus(status, 'withdraw', 'owner')).toBe('withdrawn');
    }
  });

  it('offers each actor exactly the actions that succeed', () => {
    for (const status of VACANT_STORE_STATUSES) {
      for (const actor of ['owner', 'staff'] as const) {
        const offered = vacantStoreActions(status, actor);
        for (const action of VACANT_STORE_ACTIONS) {
          expect({ status, actor, action, allowed: nextVacantStoreStatus(status, action, actor) !== null }).toEqual({ status, actor, action, allowed: offered.includes(action) });
        }
      }
    }
    expect(vacantStoreActions('closed', 'owner')).toEqual([]);
    expect(vacantStoreActions('submitted', 'staff')).toEqual(['publish', 'reject']);
  });
});

describe('vacant-store editing and visibility', () => {
  it('lets the owner edit only a draft or a rejected listing', () => {
    expect(VACANT_STORE_STATUSES.filter(isVacantStoreEditable)).toEqual(['draft', 'rejected']);
  });

  it('shows a listing to the public only while it is published and valid', () => {
    const now = new Date('2026-05-01T00:00:00+09:00');
    expect(isVacantStorePublic('published', new Date('2029-05-01T00:00:00+09:00'), now)).toBe(true);
    expect(isVacantStorePublic('published', new Date('2026-04-30T23:59:59+09:00'), now)).toBe(false);
    expect(isVacantStorePublic('submitted', null, now)).toBe(false);
  });

  it('names who may ever take an action', () => {
    expect(vacantStoreActionActors('publish')).toEqual(['staff']);
    expect(vacantStoreActionActors('submit')).toEqual(['owner']);
  });

  it('needs both declarations', () => {
    expect(vacantStoreDeclarationsComplete({ noOrganizedCrimeTies: true, noCityTaxArrears: true })).toBe(true);
    expect(vacantStoreDeclarationsComplete({ noOrganizedCrimeTies: true, noCityTaxArrears: false })).toBe(false);
  });

  it('compares rent as rent plus common charges', () => {
    expect(vacantStoreMonthlyTotalYen(120_000, 8_000)).toBe(128_000);
  });
});

describe('units and dates', () => {
  it('shows 坪 beside m²', () => {
    expect(squareMetresToTsubo(33.06)).toBe(10);
    expect(squareMetresToTsubo(50)).toBe(15.1);
  });

  it('keeps a registration valid for three years', () => {
    expect(vacantStoreExpiry(new Date('2026-04-01T00:00:00+09:00')).toISOString()).toBe('2029-03-31T15:00:00.000Z');
  });
});

describe('normalizeSearchText', () => {
  it.each([
    ['ｶﾌｪ', 'カフェ'],
    ['１Ｆ', '1f'],
    ['朝霞台　駅前', '朝霞台 駅前'],
    ['  ＣＡＦＥ  Asaka ', 'cafe asaka'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeSearchText(input)).toBe(expected);
  });
});
