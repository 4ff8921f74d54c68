import fc from 'fast-check';
import { ALLOWED_BUDGET_CATEGORIES } from './budget-category';
import { checkBudget } from './check-budget';

const lines = fc.array(
  fc.record({
    category: fc.constantFrom(...ALLOWED_BUDGET_CATEGORIES),
    description: fc.constantFrom('助餐服务', '康复器材', '志愿者培训', 'home visits'),
    amountFen: fc.integer({ min: 1, max: 10 ** 12 }),
  }),
  { minLength: 1, maxLength: 20 },
);

describe('rule R17 / R26: checkBudget properties', () => {
  it('rule R17: lawful lines are accepted exactly when they add up to the request', () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: -5, max: 5 }), (budget, offset) => {
        const sum = budget.reduce((total, line) => total + line.amountFen, 0);
        const requested = sum + offset;
        const result = checkBudget(budget, requested);
        if (offset === 0) expect(result).toEqual({ ok: true, totalFen: sum });
        else expect(result.ok).toBe(false);
      }),
    );
  });
});
