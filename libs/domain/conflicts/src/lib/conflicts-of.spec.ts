import { dayOfDateString } from '@civic/domain/calendar';
import { DEFAULT_CONFLICT_POLICY } from './conflict-policy';
import { ConflictApplicant, DeclaredRelation } from './conflict-types';
import { conflictsOf } from './conflicts-of';

const day = (date: string) => dayOfDateString(date, 'date');
const TODAY = day('2026-03-15');

const APPLICANT: ConflictApplicant = {
  organizationId: 'org-1',
  organizationName: '阳光社区服务中心',
  people: [
    { name: '张伟', role: '理事长' },
    { name: '李娜', role: '秘书长' },
    { name: 'Wang Fang', role: 'treasurer' },
  ],
};

const org = (kind: DeclaredRelation['kind'], extra: Partial<DeclaredRelation> = {}) =>
  ({ kind, organizationId: 'org-1', from: '2015-01-01', ...extra }) as DeclaredRelation;
const kin = (
  kind: DeclaredRelation['kind'],
  personName: string,
  extra: Partial<DeclaredRelation> = {},
) => ({ kind, personName, from: '2000-01-01', ...extra }) as DeclaredRelation;
const clauses = (relations: DeclaredRelation[], today = TODAY, policy = DEFAULT_CONFLICT_POLICY) =>
  conflictsOf(relations, APPLICANT, today, policy).map((c) => c.clause);

describe('rule R18: conflictsOf (财库〔2016〕198号 art. 16)', () => {
  it('rule R18: no relations, no conflict', () => {
    expect(conflictsOf([], APPLICANT, TODAY)).toEqual([]);
  });

  it.each([
    ['EMPLOYEE', 'EMPLOYMENT'],
    ['DIRECTOR', 'DIRECTORSHIP'],
    ['SUPERVISOR', 'SUPERVISION'],
    ['CONTROLLER', 'CONTROL'],
  ] as const)('rule R18: a current %s tie with the applicant is clause %s', (kind, clause) => {
    const relation = org(kind);
    expect(conflictsOf([relation], APPLICANT, TODAY)).toEqual([
      expect.objectContaining({ clause, relation }),
    ]);
  });

  it('rule R18: the employee clause explains itself in English and Chinese', () => {
    expect(conflictsOf([org('EMPLOYEE')], APPLICANT, TODAY)[0]).toMatchObject({
      message:
        'rule R18: the reviewer is an employee of 阳光社区服务中心 (since 2015-01-01) and must step aside (财库〔2016〕198号 art. 16)',
      messageZh:
        '规则 R18：评审专家自 2015-01-01 起与阳光社区服务中心存在劳动关系，应当回避（财库〔2016〕198号第十六条）',
    });
    const ended = conflictsOf(
      [org('DIRECTOR', { organizationName: '阳光社区服务中心', to: '2024-06-30' })],
      APPLICANT,
      TODAY,
    )[0];
    expect(ended).toMatchObject({
      clause: 'DIRECTORSHIP',
      message:
        'rule R18: the reviewer was a director of 阳光社区服务中心 until 2024-06-30, within the last 3 years (it counts until 2027-06-30), and must step aside (财库〔2016〕198号 art. 16)',
      messageZh:
        '规则 R18：评审专家曾担任阳光社区服务中心的董事（理事），至 2024-06-30 止，3 年内（至 2027-06-30）仍须回避（财库〔2016〕198号第十六条）',
    });
  });

  it('rule R18: a tie that ends later than today is current', () => {
    const [clause] = conflictsOf([org('SUPERVISOR', { to: '2026-12-31' })], APPLICANT, TODAY);
    expect(clause.message).toBe(
      'rule R18: the reviewer is a supervisor of 阳光社区服务中心 (since 2015-01-01, until 2026-12-31) and must step aside (财库〔2016〕198号 art. 16)',
    );
    expect(clause.messageZh).toContain(
      '评审专家自 2015-01-01 起担任阳光社区服务中心的监事（至 2026-12-31）',
    );
  });

  it('rule R18: a tie that ended exactly 3 years ago conflicts; 3 years and 1 day ago it does not', () => {
    const relation = org('EMPLOYEE', { to: '2023-03-15' });
    expect(clauses([relation], day('2026-03-15'))).toEqual(['EMPLOYMENT']); // exactly 3 years
    expect(clauses([relation], day('2026-03-16'))).toEqual([]); // 3 years and 1 day
    expect(clauses([relation], day('2026-03-14'))).toEqual(['EMPLOYMENT']);
    expect(clauses([relation], day('2023-03-15'))).toEqual(['EMPLOYMENT']); // ended today
  });

  it('rule R18: a tie that ended on 29 February counts until 28 February three years on', () => {
    const relation = org('CONTROLLER', { to: '2024-02-29' });
    expect(clauses([relation], day('2027-02-28'))).toEqual(['CONTROL']);
    expect(clauses([relation], day('2027-03-01'))).toEqual([]);
    const [clause] = conflictsOf([relation], APPLICANT, day('2027-02-28'));
    expect(clause.message).toContain('it counts until 2027-02-28');
    // Four years on there is a 29 February again.
    const fourYears = { ...DEFAULT_CONFLICT_POLICY, lookbackYears: 4 };
    expect(clauses([relation], day('2028-02-29'), fourYears)).toEqual(['CONTROL']);
    expect(clauses([relation], day('2028-03-01'), fourYears)).toEqual([]);
  });

  it('rule R18: the policy sets the look-back', () => {
    const relation = org('EMPLOYEE', { to: '2020-01-01' });
    expect(clauses([relation])).toEqual([]);
    expect(clauses([relation], TODAY, { ...DEFAULT_CONFLICT_POLICY, lookbackYears: 7 })).toEqual([
      'EMPLOYMENT',
    ]);
  });

  it('rule R18: the organization is named by id, or by its normalized name', () => {
    const byName = (organizationName: string) =>
      ({ kind: 'EMPLOYEE', organizationName, from: '2020-01-01' }) as DeclaredRelation;
    expect(clauses([byName('阳光社区服务中心')])).toEqual(['EMPLOYMENT']);
    expect(clauses([byName('  阳光社区服务中心　')])).toEqual(['EMPLOYMENT']);
    expect(clauses([byName('月光社区服务中心')])).toEqual([]);
    expect(clauses([org('EMPLOYEE', { organizationId: 'org-2' })])).toEqual([]);
    // Same id under another name: still the applicant.
    expect(clauses([org('EMPLOYEE', { organizationName: '阳光中心（旧名）' })])).toEqual([
      'EMPLOYMENT',
    ]);
    // Another id under the same name: the name is enough (a conflict check errs towards a match).
    expect(
      clauses([org('EMPLOYEE', { organizationId: 'org-9', organizationName: '阳光社区服务中心' })]),
    ).toEqual(['EMPLOYMENT']);
  });

  it('rule R18: Latin organization names match in any width and case', () => {
    const applicant = { ...APPLICANT, organizationName: 'Sunshine  Community Centre' };
    const relation = {
      kind: 'DIRECTOR',
      organizationName: 'ＳＵＮＳＨＩＮＥ　Community centre',
      from: '2020-01-01',
    } as DeclaredRelation;
    expect(conflictsOf([relation], applicant, TODAY).map((c) => c.clause)).toEqual([
      'DIRECTORSHIP',
    ]);
  });

  it("rule R18: a spouse of one of the applicant's people conflicts while married", () => {
    const [clause] = conflictsOf([kin('SPOUSE', '张伟')], APPLICANT, TODAY);
    expect(clause).toMatchObject({
      clause: 'SPOUSE',
      message:
        'rule R18: the reviewer is the spouse of 张伟 (理事长 of the applicant) and must step aside (财库〔2016〕198号 art. 16)',
      messageZh:
        '规则 R18：评审专家是申请组织理事长张伟的配偶，应当回避（财库〔2016〕198号第十六条）',
    });
    // Divorced: the kinship must be current; the 3-year look-back is for organization ties.
    expect(clauses([kin('SPOUSE', '张伟', { to: '2026-03-14' })])).toEqual([]);
    expect(clauses([kin('SPOUSE', '张伟', { to: '2026-03-15' })])).toEqual(['SPOUSE']);
  });

  it("rule R18: a close in-law (近姻亲) of one of the applicant's people conflicts while the marriage lasts", () => {
    const [clause] = conflictsOf([kin('CLOSE_IN_LAW', '李娜')], APPLICANT, TODAY);
    expect(clause).toMatchObject({
      clause: 'IN_LAW',
      message:
        'rule R18: the reviewer is a close relative by marriage of 李娜 (秘书长 of the applicant) and must step aside (财库〔2016〕198号 art. 16)',
      messageZh:
        '规则 R18：评审专家是申请组织秘书长李娜的近姻亲，应当回避（财库〔2016〕198号第十六条）',
    });
    expect(clauses([kin('CLOSE_IN_LAW', '李娜', { to: '2026-03-14' })])).toEqual([]);
    expect(clauses([kin('CLOSE_IN_LAW', '李娜', { to: '2026-03-15' })])).toEqual(['IN_LAW']);
    expect(clauses([kin('CLOSE_IN_LAW', '王芳')])).toEqual([]);
  });

  it('rule R18: a lineal relative conflicts at any generation', () => {
    expect(clauses([kin('LINEAL_RELATIVE', '李娜')])).toEqual(['LINEAL']);
    expect(clauses([kin('LINEAL_RELATIVE', '李娜', { generations: 5 })])).toEqual(['LINEAL']);
    expect(conflictsOf([kin('LINEAL_RELATIVE', '李娜')], APPLICANT, TODAY)[0].messageZh).toBe(
      '规则 R18：评审专家是申请组织秘书长李娜的直系血亲，应当回避（财库〔2016〕198号第十六条）',
    );
  });

  it('rule R18: a collateral relative conflicts within three generations, not beyond', () => {
    expect(clauses([kin('COLLATERAL_RELATIVE', '李娜', { generations: 2 })])).toEqual([
      'COLLATERAL',
    ]); // siblings
    expect(clauses([kin('COLLATERAL_RELATIVE', '李娜', { generations: 3 })])).toEqual([
      'COLLATERAL',
    ]); // cousins
    expect(clauses([kin('COLLATERAL_RELATIVE', '李娜', { generations: 4 })])).toEqual([]);
    const [clause] = conflictsOf(
      [kin('COLLATERAL_RELATIVE', '李娜', { generations: 3 })],
      APPLICANT,
      TODAY,
    );
    expect(clause.message).toBe(
      'rule R18: the reviewer is a collateral relative within 3 generations (3) of 李娜 (秘书长 of the applicant) and must step aside (财库〔2016〕198号 art. 16)',
    );
    expect(clause.messageZh).toBe(
      '规则 R18：评审专家是申请组织秘书长李娜的3 代以内旁系血亲（3 代），应当回避（财库〔2016〕198号第十六条）',
    );
    const wider = { ...DEFAULT_CONFLICT_POLICY, collateralGenerations: 4 };
    expect(clauses([kin('COLLATERAL_RELATIVE', '李娜', { generations: 4 })], TODAY, wider)).toEqual(
      ['COLLATERAL'],
    );
  });

  it('rule R18: kinship names are compared trimmed, with spaces collapsed and full width folded', () => {
    expect(clauses([kin('SPOUSE', '  张伟 ')])).toEqual(['SPOUSE']);
    expect(clauses([kin('SPOUSE', 'Ｗａｎｇ　 fang')])).toEqual(['SPOUSE']);
    expect(clauses([kin('SPOUSE', '张 伟')])).toEqual([]); // a space inside is not collapsed away
    expect(clauses([kin('SPOUSE', '王芳')])).toEqual([]); // not one of the applicant's people
  });

  describe('rule R18: another relation that could affect a fair review (OTHER)', () => {
    const other = (extra: Partial<DeclaredRelation>) =>
      ({
        kind: 'OTHER',
        description: '近三年为其提供审计服务',
        from: '2024-01-01',
        ...extra,
      }) as DeclaredRelation;

    it('rule R18: naming the applicant organization by id or normalized name is clause OTHER_RELATION', () => {
      const relation = other({ organizationId: 'org-1' });
      expect(conflictsOf([relation], APPLICANT, TODAY)).toEqual([
        {
          clause: 'OTHER_RELATION',
          relation,
          message:
            'rule R18: the reviewer has another relation with 阳光社区服务中心 that could affect a fair review ("近三年为其提供审计服务", since 2024-01-01) and must step aside (财库〔2016〕198号 art. 16)',
          messageZh:
            '规则 R18：评审专家自 2024-01-01 起与阳光社区服务中心存在其他可能影响公正评审的关系（近三年为其提供审计服务），应当回避（财库〔2016〕198号第十六条）',
        },
      ]);
      expect(clauses([other({ organizationName: ' 阳光社区服务中心　' })])).toEqual([
        'OTHER_RELATION',
      ]);
      expect(clauses([other({ organizationId: 'org-2' })])).toEqual([]);
      expect(clauses([other({ organizationName: '月光社区服务中心' })])).toEqual([]);
    });

    it("rule R18: naming one of the applicant's people (normalized name) is clause OTHER_RELATION", () => {
      const [clause] = conflictsOf(
        [other({ personName: ' 李娜 ', description: '曾为其博士导师', to: '2026-12-31' })],
        APPLICANT,
        TODAY,
      );
      expect(clause).toMatchObject({
        clause: 'OTHER_RELATION',
        message:
          'rule R18: the reviewer has another relation with 李娜 (秘书长 of the applicant) that could affect a fair review ("曾为其博士导师", since 2024-01-01, until 2026-12-31) and must step aside (财库〔2016〕198号 art. 16)',
        messageZh:
          '规则 R18：评审专家自 2024-01-01 起与申请组织秘书长李娜存在其他可能影响公正评审的关系（曾为其博士导师）（至 2026-12-31），应当回避（财库〔2016〕198号第十六条）',
      });
      expect(clauses([other({ personName: 'ＷＡＮＧ fang' })])).toEqual(['OTHER_RELATION']);
      expect(clauses([other({ personName: '王芳' })])).toEqual([]);
    });

    it('rule R18: naming both, either match is enough and the organization is cited', () => {
      expect(clauses([other({ organizationId: 'org-2', personName: '张伟' })])).toEqual([
        'OTHER_RELATION',
      ]);
      expect(clauses([other({ organizationId: 'org-1', personName: '王芳' })])).toEqual([
        'OTHER_RELATION',
      ]);
      expect(clauses([other({ organizationId: 'org-2', personName: '王芳' })])).toEqual([]);
      const [clause] = conflictsOf(
        [other({ organizationName: '阳光社区服务中心', personName: '张伟' })],
        APPLICANT,
        TODAY,
      );
      expect(clause.message).toContain('another relation with 阳光社区服务中心 that');
    });

    it('rule R18: it counts while it lasts, with no 3-year look-back after it ends', () => {
      expect(clauses([other({ organizationId: 'org-1', to: '2026-03-15' })])).toEqual([
        'OTHER_RELATION',
      ]); // ends today
      expect(clauses([other({ organizationId: 'org-1', to: '2026-03-14' })])).toEqual([]);
      expect(clauses([other({ personName: '张伟', to: '2026-03-14' })])).toEqual([]);
      // An organization tie that ended the same day still counts for 3 years.
      expect(clauses([org('EMPLOYEE', { to: '2026-03-14' })])).toEqual(['EMPLOYMENT']);
      // A longer look-back policy does not reach other relations either.
      const long = { ...DEFAULT_CONFLICT_POLICY, lookbackYears: 10 };
      expect(clauses([other({ organizationId: 'org-1', to: '2025-01-01' })], TODAY, long)).toEqual(
        [],
      );
    });

    it('rule R18: an OTHER relation without a description is a programming error', () => {
      expect(() =>
        conflictsOf([other({ organizationId: 'org-1', description: undefined })], APPLICANT, TODAY),
      ).toThrow(
        'relations.0.description is invalid: rule R18: describe the relation in 2 to 200 characters, got undefined',
      );
    });
  });

  it('rule R18: every conflicting relation gives a clause, in the order declared', () => {
    const relations = [
      kin('SPOUSE', '王芳'),
      kin('COLLATERAL_RELATIVE', '张伟', { generations: 2 }),
      org('EMPLOYEE', { organizationId: 'org-2' }),
      org('SUPERVISOR', { to: '2025-01-01' }),
    ];
    expect(clauses(relations)).toEqual(['COLLATERAL', 'SUPERVISION']);
  });

  it('rule R18: `from` is not consulted: a tie declared to begin later is a tie already', () => {
    expect(clauses([org('DIRECTOR', { from: '2026-06-01' })])).toEqual(['DIRECTORSHIP']);
  });

  it('rule R18: bad input is a programming error naming the field', () => {
    expect(() => conflictsOf([org('EMPLOYEE', { from: '2026-02-30' })], APPLICANT, TODAY)).toThrow(
      'relations.0.from is invalid: rule R18: from must be a date YYYY-MM-DD, got "2026-02-30"',
    );
    expect(() => conflictsOf('x' as never, APPLICANT, TODAY)).toThrow(
      'rule R18: relations must be an array',
    );
    expect(() => conflictsOf([], { ...APPLICANT, organizationId: '' }, TODAY)).toThrow(
      'rule R18: applicant.organizationId must be a non-empty string',
    );
    expect(() =>
      conflictsOf([], { ...APPLICANT, people: [{ name: '张伟' }] } as never, TODAY),
    ).toThrow('rule R18: applicant.people.0 must have a name and a role');
    expect(() => conflictsOf([], APPLICANT, 1.5)).toThrow(
      'rule R18: today must be a whole day number, got 1.5',
    );
    expect(() =>
      conflictsOf([], APPLICANT, TODAY, { ...DEFAULT_CONFLICT_POLICY, lookbackYears: -1 }),
    ).toThrow('rule R18: lookbackYears must be a whole number from 0 to 50, got -1');
  });
});
