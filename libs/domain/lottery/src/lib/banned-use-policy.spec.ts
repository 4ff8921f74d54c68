import {
  assertBannedUsePolicy,
  BannedUsePolicy,
  DEFAULT_BANNED_USE_POLICY,
} from './banned-use-policy';
import { BANNED_USES } from './budget-category';

const withChange = (change: (p: BannedUsePolicy) => void): BannedUsePolicy => {
  const policy = structuredClone(DEFAULT_BANNED_USE_POLICY) as BannedUsePolicy;
  change(policy);
  return policy;
};
const all = (p: Readonly<BannedUsePolicy>) => Object.values(p.keywords).flat();

describe('rule R22: banned-use keyword policy', () => {
  it('rule R22: the default policy is valid, versioned and frozen', () => {
    expect(DEFAULT_BANNED_USE_POLICY.version).toBe('2026.1');
    expect(() => assertBannedUsePolicy(DEFAULT_BANNED_USE_POLICY)).not.toThrow();
    expect(Object.isFrozen(DEFAULT_BANNED_USE_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_BANNED_USE_POLICY.keywords)).toBe(true);
    expect(Object.isFrozen(DEFAULT_BANNED_USE_POLICY.keywords.STAFF_PAY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_BANNED_USE_POLICY.allowedPhrases)).toBe(true);
    expect(Object.keys(DEFAULT_BANNED_USE_POLICY.keywords)).toEqual(BANNED_USES);
  });

  it.each(BANNED_USES.filter((use) => use !== 'OUT_OF_SCOPE'))(
    'rule R22: %s has Chinese and English keywords',
    (use) => {
      const words = DEFAULT_BANNED_USE_POLICY.keywords[use];
      expect(words.some((w) => /[\u4e00-\u9fff]/.test(w))).toBe(true);
      expect(words.some((w) => /^[a-z ]+$/.test(w))).toBe(true);
    },
  );

  it('rule R22: OUT_OF_SCOPE has no keywords: only the approved scope can tell', () => {
    expect(DEFAULT_BANNED_USE_POLICY.keywords.OUT_OF_SCOPE).toEqual([]);
  });

  it.each([
    ['STAFF_PAY', ['工资', '薪酬', '社保费', 'salary', 'payroll']],
    ['ADMIN_OFFICE', ['办公用品', '水电费', '办公室租金', 'office supplies']],
    ['PERSONAL_BONUS', ['奖金', '绩效工资', '绩效奖', 'bonus']],
    ['EQUITY_INVESTMENT', ['投资', '入股', 'equity']],
    ['TRAVEL_ABROAD', ['出国', '出境', 'abroad']],
    ['HOSPITALITY', ['宴请', '招待', 'hospitality']],
    ['VEHICLES', ['购车', '车辆', '油费', 'vehicle']],
    ['BUILDINGS_HOUSING', ['办公楼', '职工宿舍', '职工住房', 'staff housing']],
    ['PROFIT_MAKING', ['营利', '经营收入', 'profit making']],
  ] as const)('rule R22: %s lists the keywords of the brief', (use, words) => {
    expect(DEFAULT_BANNED_USE_POLICY.keywords[use]).toEqual(expect.arrayContaining([...words]));
  });

  it.each([
    '餐费',
    '绩效',
    '住房',
    '宿舍',
    '水电',
    '接待',
    '补贴',
    '福利',
    '社保',
    '奖品',
    '租金',
    '交通',
  ])('rule R22: %s alone is not a keyword (it names lawful services too)', (word) => {
    expect(all(DEFAULT_BANNED_USE_POLICY)).not.toContain(word);
  });

  it.each([
    [
      'an empty version',
      (p: BannedUsePolicy) => (p.version = ' '),
      'version must be a non-empty string',
    ],
    [
      'an unknown class',
      (p: BannedUsePolicy) => ((p.keywords as Record<string, string[]>).GAMBLING = ['赌']),
      'keywords has unknown banned uses: GAMBLING',
    ],
    [
      'a missing class',
      (p: BannedUsePolicy) => delete (p.keywords as Partial<BannedUsePolicy['keywords']>).VEHICLES,
      'keywords.VEHICLES must be an array of strings',
    ],
    [
      'a blank keyword',
      (p: BannedUsePolicy) => p.keywords.HOSPITALITY.push('  '),
      'keywords.HOSPITALITY[',
    ],
    [
      'a non-string keyword',
      (p: BannedUsePolicy) => (p.keywords.HOSPITALITY as unknown[]).push(7),
      'must be a non-blank string',
    ],
    [
      'a keyword with the mask character',
      (p: BannedUsePolicy) => p.keywords.HOSPITALITY.push('a|b'),
      'without "|"',
    ],
    [
      'a keyword under two classes',
      (p: BannedUsePolicy) => p.keywords.PERSONAL_BONUS.push('Salary'),
      'keyword "salary" is listed under both STAFF_PAY and PERSONAL_BONUS',
    ],
    [
      'an allowed phrase that is a keyword',
      (p: BannedUsePolicy) => p.allowedPhrases.push('工资'),
      'allowed phrase "工资" is also a STAFF_PAY keyword',
    ],
    [
      'missing allowed phrases',
      (p: BannedUsePolicy) => delete (p as Partial<BannedUsePolicy>).allowedPhrases,
      'allowedPhrases must be an array of strings',
    ],
  ])('rule R22: assertBannedUsePolicy refuses %s', (_name, change, message) => {
    expect(() => assertBannedUsePolicy(withChange(change))).toThrow(message);
  });

  it('rule R22: an administrator may add keywords under a new version', () => {
    const policy = withChange((p) => {
      p.version = '2026.2';
      p.keywords.OUT_OF_SCOPE.push('与项目无关');
    });
    expect(() => assertBannedUsePolicy(policy)).not.toThrow();
  });

  it('rule R22: a policy that can still change is checked again on every call', () => {
    const policy = withChange(() => undefined);
    expect(() => assertBannedUsePolicy(policy)).not.toThrow();
    policy.keywords.PERSONAL_BONUS.push('Salary');
    expect(() => assertBannedUsePolicy(policy)).toThrow('listed under both');
    // frozen on the outside only: its lists can still be edited
    const shallow = Object.freeze(withChange(() => undefined));
    expect(() => assertBannedUsePolicy(shallow)).not.toThrow();
    shallow.allowedPhrases.push('工资');
    expect(() => assertBannedUsePolicy(shallow)).toThrow('allowed phrase "工资"');
  });

  it('rule R22: a deeply frozen policy is checked once, and an invalid one is refused every time', () => {
    const deepFreeze = (p: BannedUsePolicy): BannedUsePolicy => {
      Object.values(p.keywords).forEach((list) => Object.freeze(list));
      Object.freeze(p.keywords);
      Object.freeze(p.allowedPhrases);
      return Object.freeze(p);
    };
    const valid = deepFreeze(withChange((p) => (p.version = '2026.2')));
    expect(() => assertBannedUsePolicy(valid)).not.toThrow();
    expect(() => assertBannedUsePolicy(valid)).not.toThrow();
    const invalid = deepFreeze(withChange((p) => p.keywords.HOSPITALITY.push('  ')));
    expect(() => assertBannedUsePolicy(invalid)).toThrow('keywords.HOSPITALITY[');
    expect(() => assertBannedUsePolicy(invalid)).toThrow('keywords.HOSPITALITY[');
  });
});
