import { BANNED_USES, BannedUse } from './budget-category';
import { isDeeplyFrozenData } from './frozen-data';
import { normalizeText } from './keyword-match';

/**
 * Versioned words that show a budget line's description is a banned use, whatever category the
 * applicant picked; editable by an administrator and shown to users as the policy in force.
 * `allowedPhrases` are benign compounds that contain a keyword ("非营利" contains "营利",
 * "拖欠工资" contains "工资"); they are blanked out before the keywords are looked for.
 * rule R22
 */
export interface BannedUsePolicy {
  version: string;
  keywords: Record<BannedUse, string[]>;
  allowedPhrases: string[];
}

const frozen = (list: string[]): string[] => Object.freeze(list) as string[];
const frozenLists = (lists: Record<BannedUse, string[]>): Record<BannedUse, string[]> =>
  Object.freeze(
    Object.fromEntries(Object.entries(lists).map(([use, list]) => [use, frozen(list)])),
  ) as Record<BannedUse, string[]>;

/**
 * Keywords are narrow on purpose: a false positive refuses a lawful line at entry, while a miss
 * is still seen by the programme officer. So bare 餐费 (老年人餐费补助 is eldercare), 绩效
 * (绩效评估 is a professional service), 住房 (住房适老化改造 is eldercare), 水电 (水电维修 is a
 * home service) and 接待 (接待来访老人) are not keywords; their banned forms are.
 * OUT_OF_SCOPE has no keywords: only the approved scope can tell, so it is refused by category.
 * rule R22
 */
export const DEFAULT_BANNED_USE_POLICY: Readonly<BannedUsePolicy> = Object.freeze({
  version: '2026.1',
  keywords: frozenLists({
    STAFF_PAY: [
      '工资',
      '薪酬',
      '薪金',
      '薪水',
      '加班费',
      '人员经费',
      '社保费',
      '社保缴费',
      '缴纳社保',
      '人员社保',
      '员工社保',
      '职工社保',
      '社会保险费',
      '五险一金',
      '公积金',
      '职工福利',
      '员工福利',
      '福利费',
      'salary',
      'salaries',
      'wage',
      'wages',
      'payroll',
      'staff pay',
      'staff benefits',
      'social insurance contributions',
      'pension contributions',
    ],
    ADMIN_OFFICE: [
      '办公用品',
      '办公经费',
      '办公费',
      '办公设备',
      '办公家具',
      '办公耗材',
      '办公室租金',
      '办公房租',
      '办公场所租金',
      '办公场地租金',
      '行政经费',
      '行政管理费',
      '行政办公',
      '水电费',
      '物业费',
      '通讯费',
      '电话费',
      'office supplies',
      'office rent',
      'office equipment',
      'office furniture',
      'utility bills',
      'utilities',
      'administrative costs',
      'administrative expenses',
      'overhead',
      'overheads',
    ],
    PERSONAL_BONUS: [
      '奖金',
      '绩效工资',
      '绩效奖',
      '年终奖',
      '过节费',
      '个人奖励',
      'bonus',
      'bonuses',
      'performance pay',
      'incentive pay',
    ],
    EQUITY_INVESTMENT: [
      '投资',
      '经营性投资',
      '入股',
      '参股',
      '股权',
      '股票',
      '理财产品',
      '委托贷款',
      'investment',
      'investments',
      'invest',
      'equity',
      'shareholding',
      'stocks',
    ],
    TRAVEL_ABROAD: [
      '出国',
      '出境',
      '境外',
      '国外考察',
      'abroad',
      'overseas',
      'international travel',
      'foreign travel',
    ],
    HOSPITALITY: [
      '招待',
      '宴请',
      '公务接待',
      '接待费',
      '接待餐',
      '烟酒',
      'hospitality',
      'entertaining guests',
      'business meal',
      'business meals',
      'business dinner',
      'business dinners',
      'official reception',
    ],
    VEHICLES: [
      '购车',
      '车辆',
      '购买汽车',
      '油费',
      '燃油费',
      '加油费',
      '汽油',
      '停车费',
      '过路费',
      '路桥费',
      'vehicle',
      'vehicles',
      'car purchase',
      'fuel',
      'gasoline',
      'petrol',
      'parking fees',
      'tolls',
    ],
    BUILDINGS_HOUSING: [
      '办公楼',
      '办公大楼',
      '办公用房',
      '楼堂馆所',
      '职工住房',
      '员工住房',
      '职工宿舍',
      '员工宿舍',
      '宿舍楼',
      '购置房产',
      '购买房产',
      'office building',
      'office buildings',
      'staff housing',
      'staff dormitory',
      'staff dormitories',
      'real estate',
    ],
    PROFIT_MAKING: [
      '营利',
      '盈利',
      '经营收入',
      '经营性',
      '商业经营',
      '商业运营',
      '创收',
      'profit making',
      'for profit',
      'commercial operation',
      'revenue generating',
      'income generating',
    ],
    OUT_OF_SCOPE: [],
  }),
  allowedPhrases: frozen([
    '非营利',
    '非盈利',
    '不以营利',
    '不以盈利',
    '非经营性',
    '拖欠工资',
    '工资拖欠',
    '工资维权',
    '追讨工资',
    '最低工资',
    '投资诈骗',
    '理财诈骗',
    '非法集资',
    'not for profit',
    'non profit',
    'nonprofit',
    'unpaid wages',
    'wage arrears',
    'minimum wage',
  ]),
});

/** Deeply frozen policies that passed the check: they cannot have changed since. */
const checkedPolicies = new WeakSet<object>();

/**
 * rule R22: reject keyword data an administrator could not have meant. A deeply frozen policy
 * (as the default is; freeze one loaded from storage too) is checked once: it cannot change,
 * so every later call with the same object returns at once. Any other policy is checked every
 * time, since it may have been edited in between.
 */
export function assertBannedUsePolicy(policy: BannedUsePolicy): void {
  if (typeof policy === 'object' && policy !== null && checkedPolicies.has(policy)) return;
  checkPolicy(policy);
  if (isDeeplyFrozenData(policy)) checkedPolicies.add(policy);
}

function checkPolicy(policy: BannedUsePolicy): void {
  if (typeof policy?.version !== 'string' || policy.version.trim() === '') {
    throw new RangeError('rule R22: banned-use policy version must be a non-empty string');
  }
  const keywords = policy.keywords ?? {};
  const unknown = Object.keys(keywords).filter((k) => !(BANNED_USES as string[]).includes(k));
  if (unknown.length > 0) {
    throw new RangeError(`rule R22: keywords has unknown banned uses: ${unknown.join(', ')}`);
  }
  const owner = new Map<string, BannedUse>();
  for (const use of BANNED_USES) {
    for (const word of phrases(keywords[use], `keywords.${use}`)) {
      const other = owner.get(word);
      if (other !== undefined) {
        throw new RangeError(
          `rule R22: keyword "${word}" is listed under both ${other} and ${use}; a keyword must name one class`,
        );
      }
      owner.set(word, use);
    }
  }
  for (const phrase of phrases(policy.allowedPhrases, 'allowedPhrases')) {
    if (owner.has(phrase)) {
      throw new RangeError(
        `rule R22: allowed phrase "${phrase}" is also a ${owner.get(phrase)} keyword; it would switch the keyword off`,
      );
    }
  }
}

function phrases(list: unknown, field: string): string[] {
  if (!Array.isArray(list)) throw new RangeError(`rule R22: ${field} must be an array of strings`);
  return list.map((word, index) => {
    const normalized = typeof word === 'string' ? normalizeText(word) : '';
    if (normalized === '' || normalized.includes('|')) {
      throw new RangeError(
        `rule R22: ${field}[${index}] must be a non-blank string without "|", got ${JSON.stringify(word)}`,
      );
    }
    return normalized;
  });
}
