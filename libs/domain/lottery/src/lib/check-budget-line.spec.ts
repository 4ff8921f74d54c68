import { BannedUsePolicy, DEFAULT_BANNED_USE_POLICY } from './banned-use-policy';
import { ALLOWED_BUDGET_CATEGORIES, BANNED_USES, BudgetCategory } from './budget-category';
import { BudgetLine, checkBudgetLine } from './check-budget-line';

const line = (description: string, category: BudgetCategory = 'SERVICE_DELIVERY'): BudgetLine => ({
  category,
  description,
  amountFen: 100_00,
});

describe('rule R22: checkBudgetLine', () => {
  it.each(BANNED_USES)('rule R22: the banned category %s is rejected at entry', (category) => {
    const check = checkBudgetLine(line('社区助老服务', category));
    expect(check).toMatchObject({
      ok: false,
      rule: 'R22',
      reason: 'BANNED_CATEGORY',
      bannedUse: category,
      keyword: null,
      policyVersion: '2026.1',
    });
    expect(!check.ok && check.message).toMatch(
      /^rule R22: the lottery welfare fund may not pay for /,
    );
    expect(!check.ok && check.messageZh).toMatch(/^规则 R22：彩票公益金不得用于/);
  });

  it('rule R22: a banned category names the class in English and Chinese', () => {
    expect(checkBudgetLine(line('', 'STAFF_PAY'))).toEqual({
      ok: false,
      rule: 'R22',
      reason: 'BANNED_CATEGORY',
      bannedUse: 'STAFF_PAY',
      keyword: null,
      policyVersion: '2026.1',
      message:
        'rule R22: the lottery welfare fund may not pay for staff pay and benefits (STAFF_PAY)',
      messageZh: '规则 R22：彩票公益金不得用于人员工资福利',
    });
  });

  it.each<[string, BudgetCategory, string, string]>([
    ['项目工作人员工资', 'SERVICE_DELIVERY', 'STAFF_PAY', '工资'],
    ['社工薪酬', 'PROFESSIONAL_SERVICES', 'STAFF_PAY', '薪酬'],
    ['机构社保费', 'OTHER', 'STAFF_PAY', '社保费'],
    ['缴纳社保及公积金', 'OTHER', 'STAFF_PAY', '缴纳社保'],
    ['Project coordinator salary', 'SERVICE_DELIVERY', 'STAFF_PAY', 'salary'],
    ['采购办公用品', 'MATERIALS', 'ADMIN_OFFICE', '办公用品'],
    ['机构水电费', 'VENUE_RENTAL', 'ADMIN_OFFICE', '水电费'],
    ['办公室租金', 'VENUE_RENTAL', 'ADMIN_OFFICE', '办公室租金'],
    ['Office supplies and printer toner', 'MATERIALS', 'ADMIN_OFFICE', 'office supplies'],
    ['年终奖金', 'OTHER', 'PERSONAL_BONUS', '年终奖'],
    ['志愿者表彰奖金', 'VOLUNTEER_SUBSIDY', 'PERSONAL_BONUS', '奖金'],
    ['社工绩效奖励', 'VOLUNTEER_SUBSIDY', 'PERSONAL_BONUS', '绩效奖'],
    ['Staff bonus', 'OTHER', 'PERSONAL_BONUS', 'bonus'],
    ['入股养老服务公司', 'OTHER', 'EQUITY_INVESTMENT', '入股'],
    ['对外投资', 'OTHER', 'EQUITY_INVESTMENT', '投资'],
    ['赴日本出国考察养老模式', 'TRAINING', 'TRAVEL_ABROAD', '出国'],
    ['出境学习交流', 'TRAINING', 'TRAVEL_ABROAD', '出境'],
    ['Study tour abroad', 'TRAINING', 'TRAVEL_ABROAD', 'abroad'],
    ['宴请合作单位', 'SERVICE_DELIVERY', 'HOSPITALITY', '宴请'],
    ['招待餐费', 'SERVICE_DELIVERY', 'HOSPITALITY', '招待'],
    ['来宾接待费', 'OTHER', 'HOSPITALITY', '接待费'],
    ['购车一辆用于送餐', 'MATERIALS', 'VEHICLES', '购车'],
    ['送餐车辆维修', 'SERVICE_DELIVERY', 'VEHICLES', '车辆'],
    ['项目用车油费报销', 'OTHER', 'VEHICLES', '油费'],
    ['Fuel for the minibus', 'OTHER', 'VEHICLES', 'fuel'],
    ['办公楼装修', 'OTHER', 'BUILDINGS_HOUSING', '办公楼'],
    ['职工宿舍租赁', 'VENUE_RENTAL', 'BUILDINGS_HOUSING', '职工宿舍'],
    ['开设营利性餐厅', 'SERVICE_DELIVERY', 'PROFIT_MAKING', '营利'],
    ['取得经营收入', 'OTHER', 'PROFIT_MAKING', '经营收入'],
    ['For-profit café', 'OTHER', 'PROFIT_MAKING', 'for profit'],
  ])(
    'rule R22: "%s" under %s is %s (keyword %s), whatever the category',
    (description, category, bannedUse, keyword) => {
      expect(checkBudgetLine(line(description, category))).toMatchObject({
        ok: false,
        reason: 'BANNED_KEYWORD',
        bannedUse,
        keyword,
      });
    },
  );

  it.each<[string, BudgetCategory]>([
    ['老年人餐费补助', 'SERVICE_DELIVERY'],
    ['长者助餐服务餐费', 'SERVICE_DELIVERY'],
    ['接待来访老人咨询', 'SERVICE_DELIVERY'],
    ['第三方绩效评估', 'PROFESSIONAL_SERVICES'],
    ['老年人住房适老化改造', 'SERVICE_DELIVERY'],
    ['困难家庭住房安全排查', 'SERVICE_DELIVERY'],
    ['独居老人家中水电维修', 'SERVICE_DELIVERY'],
    ['志愿者交通补贴', 'VOLUNTEER_SUBSIDY'],
    ['孤儿助学奖学金', 'SERVICE_DELIVERY'],
    ['非营利组织能力建设培训', 'TRAINING'],
    ['农民工拖欠工资法律援助', 'PROFESSIONAL_SERVICES'],
    ['社保政策进社区宣讲', 'PUBLICITY'],
    ['活动横幅（含彩票公益金资助标识）', 'PUBLICITY'],
    ['福利彩票公益金资助项目宣传册', 'PUBLICITY'],
    ['残疾人康复器材', 'MATERIALS'],
    ['社区活动中心场地租赁', 'VENUE_RENTAL'],
    ['防范投资诈骗老年人讲座', 'TRAINING'],
    ['Needs investigation survey', 'PROFESSIONAL_SERVICES'],
    ['Non-profit governance workshop', 'TRAINING'],
    ['Meals for elderly residents', 'SERVICE_DELIVERY'],
  ])('rule R22: "%s" under %s is a lawful use (no false positive)', (description, category) => {
    expect(checkBudgetLine(line(description, category))).toEqual({ ok: true });
  });

  it('rule R22: a keyword refusal quotes the description and the keyword, in English and Chinese', () => {
    expect(checkBudgetLine(line('招待餐费', 'MATERIALS'))).toEqual({
      ok: false,
      rule: 'R22',
      reason: 'BANNED_KEYWORD',
      bannedUse: 'HOSPITALITY',
      keyword: '招待',
      policyVersion: '2026.1',
      message:
        'rule R22: "招待餐费" mentions "招待", which is hospitality (HOSPITALITY); the lottery welfare fund may not pay for it, even under MATERIALS',
      messageZh:
        '规则 R22：用途“招待餐费”含“招待”，属于招待费，彩票公益金不得列支（即使列入“物资”科目）',
    });
  });

  it.each(ALLOWED_BUDGET_CATEGORIES)(
    'rule R22: the allowed category %s passes a plain service line',
    (category) => {
      expect(checkBudgetLine(line('社区居家养老上门服务', category))).toEqual({ ok: true });
    },
  );

  it.each([['GIFTS'], [''], [undefined], ['staff_pay']])(
    'rule R22: an unknown category %p cannot be judged and is refused',
    (category) => {
      const check = checkBudgetLine({ ...line('服务'), category: category as BudgetCategory });
      expect(check).toMatchObject({ ok: false, rule: 'R22', reason: 'UNKNOWN_CATEGORY' });
    },
  );

  it.each([[''], ['   '], [undefined], [42]])(
    'rule R22: a line without a description (%p) is refused, since its use cannot be checked',
    (description) => {
      expect(checkBudgetLine({ ...line(''), description: description as string })).toMatchObject({
        ok: false,
        reason: 'MISSING_DESCRIPTION',
        messageZh: expect.stringContaining('用途'),
      });
    },
  );

  it('rule R22: the policy in force decides, and its version is reported', () => {
    const policy: BannedUsePolicy = structuredClone(DEFAULT_BANNED_USE_POLICY) as BannedUsePolicy;
    policy.version = '2027.1';
    policy.keywords.HOSPITALITY.push('餐费（招待）');
    policy.keywords.OUT_OF_SCOPE.push('与项目无关');
    expect(checkBudgetLine(line('餐费(招待)'), policy)).toMatchObject({
      reason: 'BANNED_KEYWORD',
      bannedUse: 'HOSPITALITY',
      keyword: '餐费（招待）',
      policyVersion: '2027.1',
    });
    expect(checkBudgetLine(line('与项目无关的支出'), policy)).toMatchObject({
      bannedUse: 'OUT_OF_SCOPE',
    });
    expect(checkBudgetLine(line('与项目无关的支出'))).toEqual({ ok: true });
  });

  it('rule R22: an invalid policy throws rather than letting lines through', () => {
    expect(() =>
      checkBudgetLine(line('服务'), { ...DEFAULT_BANNED_USE_POLICY, version: '' }),
    ).toThrow('rule R22: banned-use policy version must be a non-empty string');
  });
});
