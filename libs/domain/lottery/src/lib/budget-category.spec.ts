import {
  ALLOWED_BUDGET_CATEGORIES,
  BANNED_USE_LABELS_EN,
  BANNED_USE_LABELS_ZH,
  BANNED_USES,
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_LABELS_ZH,
  BudgetCategory,
  isBannedUse,
  isBudgetCategory,
} from './budget-category';

describe('rule R22: budget categories and banned uses', () => {
  it('rule R22: the ten banned classes of domain.md, with their Chinese names', () => {
    expect(BANNED_USES.map((b) => [b, BANNED_USE_LABELS_ZH[b]])).toEqual([
      ['STAFF_PAY', '人员工资福利'],
      ['ADMIN_OFFICE', '行政办公经费'],
      ['PERSONAL_BONUS', '个人奖金'],
      ['EQUITY_INVESTMENT', '股权或经营性投资'],
      ['TRAVEL_ABROAD', '出国（境）'],
      ['HOSPITALITY', '招待费'],
      ['VEHICLES', '车辆购置及运行'],
      ['BUILDINGS_HOUSING', '办公楼或职工住房'],
      ['PROFIT_MAKING', '营利性活动'],
      ['OUT_OF_SCOPE', '超出批准范围'],
    ]);
    expect(Object.keys(BANNED_USE_LABELS_EN).sort()).toEqual([...BANNED_USES].sort());
  });

  it('rule R22: the allowed service categories', () => {
    expect(ALLOWED_BUDGET_CATEGORIES).toEqual([
      'SERVICE_DELIVERY',
      'MATERIALS',
      'VENUE_RENTAL',
      'TRAINING',
      'VOLUNTEER_SUBSIDY',
      'PROFESSIONAL_SERVICES',
      'PUBLICITY',
      'OTHER',
    ]);
    expect(BUDGET_CATEGORY_LABELS_ZH.PUBLICITY).toBe('宣传（含彩票公益金资助标识）');
    expect(BUDGET_CATEGORY_LABELS_ZH.VENUE_RENTAL).toBe('场地租赁（活动）');
  });

  it('rule R22: every category is allowed or banned, never both, and has a unique Chinese label', () => {
    expect(BUDGET_CATEGORIES).toHaveLength(18);
    expect(new Set(BUDGET_CATEGORIES).size).toBe(18);
    expect(Object.keys(BUDGET_CATEGORY_LABELS_ZH).sort()).toEqual([...BUDGET_CATEGORIES].sort());
    expect(new Set(Object.values(BUDGET_CATEGORY_LABELS_ZH)).size).toBe(18);
    for (const category of ALLOWED_BUDGET_CATEGORIES) expect(isBannedUse(category)).toBe(false);
    for (const category of BANNED_USES) expect(isBudgetCategory(category)).toBe(true);
    expect(BudgetCategory.STAFF_PAY).toBe('STAFF_PAY');
    expect(BudgetCategory.MATERIALS).toBe('MATERIALS');
  });

  it.each([['staff_pay'], ['工资'], [''], [undefined], [null], [42]])(
    'rule R22: %p is neither a budget category nor a banned use',
    (value) => {
      expect(isBudgetCategory(value)).toBe(false);
      expect(isBannedUse(value)).toBe(false);
    },
  );
});
