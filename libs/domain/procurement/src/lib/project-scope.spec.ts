import fc from 'fast-check';
import { checkPurchaseScope } from './project-scope';

// rule R25 (Order 102 art. 14): in the catalogue and budgeted, or refused naming the field.
const ITEM = { regionCode: '450000', fiscalYear: 2026, name: '居家养老上门探访' };
const PROJECT = { regionCode: '450103', fiscalYear: 2026, budgetFen: 40_000_000 };
const BUDGET = { appropriatedFen: 100_000_000, plannedFen: 50_000_000 };

describe('checkPurchaseScope (rule R25, Order 102 art. 14)', () => {
  it('takes a county project buying from its province catalogue within the budget', () => {
    expect(checkPurchaseScope(ITEM, PROJECT, BUDGET)).toEqual({ ok: true });
  });

  it('refuses an item not in the catalogue', () => {
    expect(checkPurchaseScope(null, PROJECT, BUDGET)).toMatchObject({
      ok: false,
      code: 'RULE_R25_NOT_IN_CATALOGUE',
      field: 'catalogueItemId',
    });
  });

  it("refuses another year's item and a region outside the item's catalogue", () => {
    expect(checkPurchaseScope({ ...ITEM, fiscalYear: 2025 }, PROJECT, BUDGET)).toMatchObject({
      code: 'RULE_R25_CATALOGUE_YEAR',
      field: 'fiscalYear',
    });
    const nanning = { ...ITEM, regionCode: '450100' };
    expect(checkPurchaseScope(nanning, { ...PROJECT, regionCode: '450203' }, BUDGET)).toMatchObject(
      { code: 'RULE_R25_CATALOGUE_REGION', field: 'regionCode' },
    );
    // a province project may not buy from a county's catalogue
    const county = { ...ITEM, regionCode: '450103' };
    expect(checkPurchaseScope(county, { ...PROJECT, regionCode: '450000' }, BUDGET)).toMatchObject({
      code: 'RULE_R25_CATALOGUE_REGION',
    });
  });

  it('refuses a year without a budget, naming the article', () => {
    const refused = checkPurchaseScope(ITEM, PROJECT, { appropriatedFen: null, plannedFen: 0 });
    expect(refused).toMatchObject({ code: 'RULE_R25_NOT_BUDGETED', field: 'fiscalYear' });
    expect(refused.ok || refused.messageZh).toContain('第十四条');
  });

  it('takes exactly what is left and refuses a fen more', () => {
    const exact = { ...PROJECT, budgetFen: 50_000_000 };
    expect(checkPurchaseScope(ITEM, exact, BUDGET).ok).toBe(true);
    expect(checkPurchaseScope(ITEM, { ...exact, budgetFen: 50_000_001 }, BUDGET)).toMatchObject({
      code: 'RULE_R25_OVER_BUDGET',
      field: 'budgetFen',
    });
  });

  it('never lets planned projects exceed the appropriation (property, R27)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 10 ** 12 }),
        (appropriatedFen, plannedFen, budgetFen) => {
          const check = checkPurchaseScope(
            ITEM,
            { ...PROJECT, budgetFen },
            { appropriatedFen, plannedFen },
          );
          expect(check.ok).toBe(plannedFen + budgetFen <= appropriatedFen);
        },
      ),
    );
  });
});
