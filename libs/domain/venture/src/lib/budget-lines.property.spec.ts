import fc from 'fast-check';
import { checkBudgetLinesAddUp } from './budget-lines';

const lines = fc.array(
  fc.record({
    description: fc.constantFrom('活动物料', '志愿者培训', '场地租赁', 'printing'),
    amountFen: fc.integer({ min: 1, max: 10 ** 12 }),
  }),
  { minLength: 1, maxLength: 20 },
);

describe('rule R17: checkBudgetLinesAddUp properties', () => {
  it('rule R17: valid lines are accepted exactly when they add up to the request', () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: -3, max: 3 }), (budget, offset) => {
        const sum = budget.reduce((total, line) => total + line.amountFen, 0);
        const result = checkBudgetLinesAddUp(budget, sum + offset);
        if (offset === 0) expect(result).toEqual({ ok: true });
        else if (sum + offset > 0) {
          expect(result).toMatchObject({ ok: false, violations: [{ field: 'budgetLines' }] });
        } else expect(result.ok).toBe(false);
      }),
    );
  });

  it('rule R17: the order of the lines does not matter', () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 1, max: 10 ** 13 }), (budget, requested) => {
        expect(checkBudgetLinesAddUp([...budget].reverse(), requested).ok).toBe(
          checkBudgetLinesAddUp(budget, requested).ok,
        );
      }),
    );
  });
});
