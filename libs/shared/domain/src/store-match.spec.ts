import { scoreStoreForSeeker, StoreFacts } from './store-match';

const store: StoreFacts = {
  station: '北朝霞',
  walkMinutes: 5,
  areaSquareMetres: 40,
  monthlyRentYen: 120_000,
  commonChargesYen: 10_000,
  allowedUses: ['飲食', '物販'],
};

describe('scoreStoreForSeeker', () => {
  it('scores 100 with every reason met when the store fits every stated need', () => {
    const match = scoreStoreForSeeker(store, { stations: ['北朝霞', '朝霞台'], maxWalkMinutes: 10, monthlyBudgetYen: 150_000, uses: ['飲食'], minAreaSquareMetres: 30 });
    expect(match.score).toBe(100);
    expect(match.reasons).toEqual([
      { kind: 'station', met: true, station: '北朝霞', walkMinutes: 5 },
      { kind: 'budget', met: true, monthlyTotalYen: 130_000, budgetYen: 150_000 },
      { kind: 'use', met: true, uses: ['飲食'] },
      { kind: 'area', met: true, areaSquareMetres: 40 },
    ]);
  });

  it('counts rent plus common charges against the budget', () => {
    const match = scoreStoreForSeeker(store, { monthlyBudgetYen: 125_000 });
    expect(match).toEqual({ score: 0, reasons: [{ kind: 'budget', met: false, monthlyTotalYen: 130_000, budgetYen: 125_000 }] });
  });

  it('weighs station and budget above use and area', () => {
    const nearButSmall = scoreStoreForSeeker(store, { stations: ['北朝霞'], minAreaSquareMetres: 60 });
    const bigButFar = scoreStoreForSeeker(store, { stations: ['朝霞'], minAreaSquareMetres: 30 });
    expect(nearButSmall.score).toBe(60);
    expect(bigButFar.score).toBe(40);
  });

  it('ranks nothing when no need was stated', () => {
    expect(scoreStoreForSeeker(store, {})).toEqual({ score: 0, reasons: [] });
  });

  it('only meets a use need when every wanted use is allowed', () => {
    expect(scoreStoreForSeeker(store, { uses: ['飲食', '教室'] }).reasons).toEqual([{ kind: 'use', met: false, uses: ['飲食'] }]);
  });
});
