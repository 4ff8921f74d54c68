/** The classes of spending the lottery welfare fund may never pay for. rule R22 */
export const BannedUse = {
  STAFF_PAY: 'STAFF_PAY',
  ADMIN_OFFICE: 'ADMIN_OFFICE',
  PERSONAL_BONUS: 'PERSONAL_BONUS',
  EQUITY_INVESTMENT: 'EQUITY_INVESTMENT',
  TRAVEL_ABROAD: 'TRAVEL_ABROAD',
  HOSPITALITY: 'HOSPITALITY',
  VEHICLES: 'VEHICLES',
  BUILDINGS_HOUSING: 'BUILDINGS_HOUSING',
  PROFIT_MAKING: 'PROFIT_MAKING',
  OUT_OF_SCOPE: 'OUT_OF_SCOPE',
} as const;
export type BannedUse = (typeof BannedUse)[keyof typeof BannedUse];

/** Service spending a subsidy may pay for. rule R22 */
export const AllowedBudgetCategory = {
  SERVICE_DELIVERY: 'SERVICE_DELIVERY',
  MATERIALS: 'MATERIALS',
  VENUE_RENTAL: 'VENUE_RENTAL',
  TRAINING: 'TRAINING',
  VOLUNTEER_SUBSIDY: 'VOLUNTEER_SUBSIDY',
  PROFESSIONAL_SERVICES: 'PROFESSIONAL_SERVICES',
  PUBLICITY: 'PUBLICITY',
  OTHER: 'OTHER',
} as const;
export type AllowedBudgetCategory =
  (typeof AllowedBudgetCategory)[keyof typeof AllowedBudgetCategory];

/**
 * What a budget line's category may say. The banned classes are categories too, so that a user
 * who picks one sees it rejected with its reason instead of not finding it. rule R22
 */
export const BudgetCategory = { ...AllowedBudgetCategory, ...BannedUse } as const;
export type BudgetCategory = AllowedBudgetCategory | BannedUse;

export const BANNED_USES: readonly BannedUse[] = Object.values(BannedUse);
export const ALLOWED_BUDGET_CATEGORIES: readonly AllowedBudgetCategory[] =
  Object.values(AllowedBudgetCategory);
export const BUDGET_CATEGORIES: readonly BudgetCategory[] = [
  ...ALLOWED_BUDGET_CATEGORIES,
  ...BANNED_USES,
];

export const BANNED_USE_LABELS_ZH: Readonly<Record<BannedUse, string>> = Object.freeze({
  STAFF_PAY: '人员工资福利',
  ADMIN_OFFICE: '行政办公经费',
  PERSONAL_BONUS: '个人奖金',
  EQUITY_INVESTMENT: '股权或经营性投资',
  TRAVEL_ABROAD: '出国（境）',
  HOSPITALITY: '招待费',
  VEHICLES: '车辆购置及运行',
  BUILDINGS_HOUSING: '办公楼或职工住房',
  PROFIT_MAKING: '营利性活动',
  OUT_OF_SCOPE: '超出批准范围',
});

export const BANNED_USE_LABELS_EN: Readonly<Record<BannedUse, string>> = Object.freeze({
  STAFF_PAY: 'staff pay and benefits',
  ADMIN_OFFICE: 'administrative and office costs',
  PERSONAL_BONUS: 'personal bonuses',
  EQUITY_INVESTMENT: 'equity or business investment',
  TRAVEL_ABROAD: 'travel abroad',
  HOSPITALITY: 'hospitality',
  VEHICLES: 'vehicle purchase and running costs',
  BUILDINGS_HOUSING: 'office buildings or staff housing',
  PROFIT_MAKING: 'profit-making activities',
  OUT_OF_SCOPE: 'anything outside the approved scope',
});

export const BUDGET_CATEGORY_LABELS_ZH: Readonly<Record<BudgetCategory, string>> = Object.freeze({
  SERVICE_DELIVERY: '服务提供',
  MATERIALS: '物资',
  VENUE_RENTAL: '场地租赁（活动）',
  TRAINING: '培训',
  VOLUNTEER_SUBSIDY: '志愿者补贴',
  PROFESSIONAL_SERVICES: '专业服务购买',
  PUBLICITY: '宣传（含彩票公益金资助标识）',
  OTHER: '其他',
  ...BANNED_USE_LABELS_ZH,
});

// rule R22: a value from outside data is one of the budget categories (allowed or banned).
export function isBudgetCategory(value: unknown): value is BudgetCategory {
  return typeof value === 'string' && (BUDGET_CATEGORIES as readonly string[]).includes(value);
}

// rule R22: a value is one of the banned classes of spending.
export function isBannedUse(value: unknown): value is BannedUse {
  return typeof value === 'string' && (BANNED_USES as readonly string[]).includes(value);
}
