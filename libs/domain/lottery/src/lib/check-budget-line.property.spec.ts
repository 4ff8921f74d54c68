import fc from 'fast-check';
import { DEFAULT_BANNED_USE_POLICY } from './banned-use-policy';
import { ALLOWED_BUDGET_CATEGORIES, BANNED_USES } from './budget-category';
import { checkBudgetLine } from './check-budget-line';
import { normalizeText } from './keyword-match';

/** Characters of ordinary service lines; no keyword or allowed phrase can be made of them. */
const benign = fc
  .array(fc.constantFrom(...'老年人助餐服务活动社区居家上门康复培训志愿者'), { maxLength: 12 })
  .map((chars) => chars.join(''));
const category = fc.constantFrom(...ALLOWED_BUDGET_CATEGORIES);
const chineseKeyword = fc.constantFrom(
  ...BANNED_USES.flatMap((bannedUse) =>
    DEFAULT_BANNED_USE_POLICY.keywords[bannedUse]
      .filter((keyword) => /[\u4e00-\u9fff]/.test(keyword))
      .map((keyword) => ({ bannedUse, keyword })),
  ),
);

describe('rule R22: checkBudgetLine properties', () => {
  it('rule R22: a line made only of ordinary service words is always allowed', () => {
    fc.assert(
      fc.property(
        benign.filter((d) => d !== ''),
        category,
        (description, c) => {
          expect(checkBudgetLine({ category: c, description, amountFen: 1 })).toEqual({ ok: true });
        },
      ),
    );
  });

  it('rule R22: a Chinese keyword anywhere in a line gets it refused, under any allowed category', () => {
    fc.assert(
      fc.property(benign, chineseKeyword, benign, category, (before, { keyword }, after, c) => {
        const check = checkBudgetLine({
          category: c,
          description: before + keyword + after,
          amountFen: 1,
        });
        expect(check.ok).toBe(false);
        if (check.ok || check.reason !== 'BANNED_KEYWORD') throw new Error('expected a keyword');
        expect(normalizeText(check.keyword).length).toBeGreaterThanOrEqual(
          normalizeText(keyword).length,
        );
      }),
    );
  });
});
