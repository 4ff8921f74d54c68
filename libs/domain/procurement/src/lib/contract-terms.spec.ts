import fc from 'fast-check';
import { checkContractTerm, renewalCheck } from './contract-terms';
import { POLICY } from './purchase-policy.fixture';

describe('rule R25 (Order 102 art. 24): the contract term', () => {
  it.each([
    [12, false, false, true],
    [13, false, true, false],
    [36, true, true, true],
    [37, true, true, false],
    [36, true, false, false],
    [12, true, false, true],
  ])('%d months, stable=%s, budget secured=%s: ok=%s', (months, stable, budgetSecured, ok) => {
    const check = checkContractTerm(POLICY, { months, stable, budgetSecured });
    expect(check.ok).toBe(ok);
    if (check.ok) return;
    expect(check.field).toBe('months');
    expect(check.message).toContain('Order 102 art. 24');
    expect(check.messageZh).toContain('《政府购买服务管理办法》第二十四条');
  });

  it('names the reasons: too long, or a stable item whose budget is not secured', () => {
    expect(
      checkContractTerm(POLICY, { months: 13, stable: false, budgetSecured: true }),
    ).toMatchObject({
      code: 'RULE_R25_CONTRACT_TERM_TOO_LONG',
    });
    expect(
      checkContractTerm(POLICY, { months: 37, stable: true, budgetSecured: true }),
    ).toMatchObject({
      code: 'RULE_R25_CONTRACT_TERM_TOO_LONG',
    });
    expect(
      checkContractTerm(POLICY, { months: 36, stable: true, budgetSecured: false }),
    ).toMatchObject({
      code: 'RULE_R25_CONTRACT_TERM_BUDGET_NOT_SECURED',
    });
  });

  it('tells how many budget years a contract spans', () => {
    expect(checkContractTerm(POLICY, { months: 30, stable: true, budgetSecured: true })).toEqual({
      ok: true,
      policyVersion: 'test.1',
      maxMonths: 36,
      years: 3,
    });
  });

  it('refuses a term that is not whole months', () => {
    for (const months of [0, -1, 6.5, Number.NaN]) {
      expect(
        checkContractTerm(POLICY, { months, stable: false, budgetSecured: false }),
      ).toMatchObject({
        code: 'RULE_R25_CONTRACT_TERM',
      });
    }
  });

  it('property: ok exactly within the limit that applies, read from the policy', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.boolean(),
        fc.boolean(),
        (months, stable, budgetSecured) => {
          const limit = stable && budgetSecured ? 36 : 12;
          expect(checkContractTerm(POLICY, { months, stable, budgetSecured }).ok).toBe(
            months <= limit,
          );
        },
      ),
    );
  });
});

describe('rule R25, rule R27: a multi-year contract is renewed each year against its budget', () => {
  it('renews years 2 and 3 of a 30-month contract when their budgets are present', () => {
    expect(renewalCheck({ termMonths: 30, year: 2, yearBudgetPresent: true })).toEqual({
      ok: true,
      year: 2,
      months: 12,
      lastYear: false,
    });
    expect(renewalCheck({ termMonths: 30, year: 3, yearBudgetPresent: true })).toEqual({
      ok: true,
      year: 3,
      months: 6,
      lastYear: true,
    });
  });

  it('refuses a renewal without that year budget', () => {
    expect(renewalCheck({ termMonths: 36, year: 2, yearBudgetPresent: false })).toMatchObject({
      ok: false,
      rule: 'R27',
      code: 'RULE_R27_RENEWAL_NO_BUDGET',
    });
  });

  it('refuses a year outside the term: a one-year contract has nothing to renew', () => {
    expect(renewalCheck({ termMonths: 12, year: 2, yearBudgetPresent: true })).toMatchObject({
      code: 'RULE_R25_RENEWAL_YEAR',
    });
    expect(renewalCheck({ termMonths: 36, year: 1, yearBudgetPresent: true })).toMatchObject({
      code: 'RULE_R25_RENEWAL_YEAR',
    });
  });

  it('property: the renewed years and the first cover the term exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 36 }), (termMonths) => {
        let covered = 12;
        for (let year = 2; ; year++) {
          const check = renewalCheck({ termMonths, year, yearBudgetPresent: true });
          if (!check.ok) break;
          covered += check.months;
        }
        expect(covered).toBe(termMonths);
      }),
    );
  });
});
