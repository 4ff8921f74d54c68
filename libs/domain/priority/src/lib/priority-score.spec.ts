import { PriorityGroup } from '@civic/domain/organizations';
import {
  DEFAULT_PRIORITY_POLICY,
  PRIORITY_POLICY_WITH_R6,
  PriorityPolicy,
} from './priority-policy';
import { PriorityOrganization, PriorityProject, priorityScore } from './priority-score';

const policy = DEFAULT_PRIORITY_POLICY;
const urbanOrg = (over: Partial<PriorityOrganization> = {}): PriorityOrganization => ({
  areaType: 'URBAN',
  category: 'LIFE_SERVICE',
  takesGovernmentFunctions: false,
  founderBackground: null,
  graduatedFromIncubation: false,
  ...over,
});
const project = (over: Partial<PriorityProject> = {}): PriorityProject => ({
  servedGroups: [],
  ...over,
});
const groups = (n: number): PriorityGroup[] =>
  (['ELDERLY', 'WOMEN', 'CHILDREN', 'DISABLED', 'UNEMPLOYED'] as const).slice(0, n);

describe('rule R13: priorityScore', () => {
  it.each<[string, Partial<PriorityOrganization>, Partial<PriorityProject>, number, string[]]>([
    ['nothing applies', {}, {}, 0, []],
    ['rural organization', { areaType: 'RURAL' }, {}, 15, ['RURAL']],
    ['rural project of an urban organization', {}, { areaType: 'RURAL' }, 15, ['RURAL']],
    [
      'rural organization and rural project count once',
      { areaType: 'RURAL' },
      { areaType: 'RURAL' },
      15,
      ['RURAL'],
    ],
    [
      'urban project of a rural organization',
      { areaType: 'RURAL' },
      { areaType: 'URBAN' },
      15,
      ['RURAL'],
    ],
    ['public welfare', { category: 'PUBLIC_WELFARE' }, {}, 10, ['PUBLIC_WELFARE']],
    ['mutual aid is not public welfare', { category: 'MUTUAL_AID' }, {}, 0, []],
    ['government functions', { takesGovernmentFunctions: true }, {}, 5, ['GOVERNMENT_FUNCTIONS']],
    ['one group', {}, { servedGroups: groups(1) }, 3, ['PRIORITY_GROUPS']],
    ['two groups', {}, { servedGroups: groups(2) }, 6, ['PRIORITY_GROUPS']],
    ['three groups', {}, { servedGroups: groups(3) }, 9, ['PRIORITY_GROUPS']],
    ['four groups are capped at 9', {}, { servedGroups: groups(4) }, 9, ['PRIORITY_GROUPS']],
    [
      'a repeated group counts once',
      {},
      { servedGroups: ['ELDERLY', 'ELDERLY', 'WOMEN'] },
      6,
      ['PRIORITY_GROUPS'],
    ],
    [
      'rural founder',
      { areaType: 'RURAL', founderBackground: 'VETERAN' },
      {},
      20,
      ['RURAL', 'RURAL_FOUNDER'],
    ],
    [
      'urban organization founded by a veteran gets no founder bonus',
      { founderBackground: 'VETERAN' },
      {},
      0,
      [],
    ],
    [
      'urban organization with a rural project and a graduate founder',
      { founderBackground: 'COLLEGE_GRADUATE' },
      { areaType: 'RURAL' },
      15,
      ['RURAL'],
    ],
    ['incubation graduate', { graduatedFromIncubation: true }, {}, 3, ['INCUBATION_GRADUATE']],
    [
      'everything',
      {
        areaType: 'RURAL',
        category: 'PUBLIC_WELFARE',
        takesGovernmentFunctions: true,
        founderBackground: 'RETURNING_MIGRANT_WORKER',
        graduatedFromIncubation: true,
      },
      { servedGroups: groups(5) },
      47,
      [
        'RURAL',
        'PUBLIC_WELFARE',
        'GOVERNMENT_FUNCTIONS',
        'PRIORITY_GROUPS',
        'RURAL_FOUNDER',
        'INCUBATION_GRADUATE',
      ],
    ],
  ])('rule R13: %s → +%d', (_name, org, proj, bonus, codes) => {
    const score = priorityScore(urbanOrg(org), project(proj), policy);
    expect(score.bonus).toBe(bonus);
    expect(score.reasons.map((r) => r.code)).toEqual(codes);
    expect(score.reasons.reduce((sum, r) => sum + r.points, 0)).toBe(bonus);
    expect(score.policyVersion).toBe('2026.1');
  });

  it('rule R13 / R8: every reason names its rule, points and texts', () => {
    const score = priorityScore(
      urbanOrg({
        areaType: 'RURAL',
        founderBackground: 'COLLEGE_GRADUATE',
        category: 'PUBLIC_WELFARE',
      }),
      project({ servedGroups: ['ELDERLY', 'CHILDREN_OF_DETAINED_PARENTS'] }),
      policy,
    );
    expect(score.reasons).toEqual([
      {
        code: 'RURAL',
        rule: 'R13',
        points: 15,
        message: 'rural organization: +15',
        messageZh: '农村社区社会组织：+15',
      },
      {
        code: 'PUBLIC_WELFARE',
        rule: 'R13',
        points: 10,
        message: 'public-welfare and charity organization: +10',
        messageZh: '公益慈善类社区社会组织：+10',
      },
      {
        code: 'PRIORITY_GROUPS',
        rule: 'R13',
        points: 6,
        message:
          'serves 2 priority groups (elderly, children of detained parents), +3 each, at most +9: +6',
        messageZh:
          '服务老年人、服刑人员或强制戒毒等被限制人身自由人员的未成年子女 2 类重点群体，每类 +3，最高 +9：+6',
      },
      {
        code: 'RURAL_FOUNDER',
        rule: 'R8',
        points: 5,
        message: 'rural organization founded by a college graduate: +5',
        messageZh: '由高校毕业生创办的农村社区社会组织：+5',
      },
    ]);
  });

  it.each([
    [{}, { areaType: 'RURAL' as const }, 'rural project: +15', '农村服务项目：+15'],
    [
      { areaType: 'RURAL' as const },
      { areaType: 'RURAL' as const },
      'rural organization and rural project: +15',
      '农村社区社会组织、农村服务项目：+15',
    ],
    [
      { takesGovernmentFunctions: true },
      {},
      'takes on government functions: +5',
      '承接政府职能：+5',
    ],
    [
      { graduatedFromIncubation: true },
      {},
      'graduated from an incubation base: +3',
      '从孵化基地出壳：+3',
    ],
  ])('rule R13: reason text for %j / %j', (org, proj, message, messageZh) => {
    const [reason] = priorityScore(urbanOrg(org), project(proj), policy).reasons;
    expect(reason).toMatchObject({ message, messageZh });
  });

  it('rule R13: points come from the policy passed in', () => {
    const custom: PriorityPolicy = {
      version: 'test-2',
      bonuses: {
        rural: 20,
        publicWelfare: 0,
        governmentFunctions: 7,
        perPriorityGroup: 2,
        priorityGroupsCap: 3,
        ruralFounder: 1,
        incubationGraduate: 4,
      },
      ruralReservePercent: 40,
    };
    const score = priorityScore(
      urbanOrg({ areaType: 'RURAL', category: 'PUBLIC_WELFARE', founderBackground: 'VETERAN' }),
      project({ servedGroups: groups(2) }),
      custom,
    );
    expect(score.policyVersion).toBe('test-2');
    expect(score.reasons.map((r) => [r.code, r.points])).toEqual([
      ['RURAL', 20],
      ['PUBLIC_WELFARE', 0],
      ['PRIORITY_GROUPS', 3],
      ['RURAL_FOUNDER', 1],
    ]);
    expect(score.bonus).toBe(24);
  });

  it.each([
    [{ areaType: 'SUBURBAN' }, {}, 'unknown areaType SUBURBAN'],
    [{ category: 'SPORTS' }, {}, 'unknown category SPORTS'],
    [{ founderBackground: 'ASTRONAUT' }, {}, 'unknown founderBackground ASTRONAUT'],
    [{ takesGovernmentFunctions: 'yes' }, {}, 'takesGovernmentFunctions must be a boolean'],
    [{}, { areaType: 'rural' }, 'unknown project areaType rural'],
    [{}, { servedGroups: ['ELDERLY', 'PETS'] }, 'unknown priority groups: PETS'],
    [{}, { servedGroups: 'ELDERLY' }, 'servedGroups must be an array'],
  ])('rule R13: refuses %j / %j', (org, proj, message) => {
    const call = () =>
      priorityScore(
        urbanOrg(org as Partial<PriorityOrganization>),
        project(proj as Partial<PriorityProject>),
        policy,
      );
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('rule R6: life-service and mutual-aid bonuses (PRIORITY 2026.2)', () => {
  it.each([
    ['LIFE_SERVICE', 'LIFE_SERVICE', '生活服务类社区社会组织：+5'],
    ['MUTUAL_AID', 'MUTUAL_AID', '居（村）民互助类社区社会组织：+5'],
  ] as const)('gives a %s organization +5, citing R6', (category, code, messageZh) => {
    const score = priorityScore(urbanOrg({ category }), project(), PRIORITY_POLICY_WITH_R6);
    expect(score).toMatchObject({ bonus: 5, policyVersion: '2026.2' });
    expect(score.reasons).toEqual([
      expect.objectContaining({ code, rule: 'R6', points: 5, messageZh }),
    ]);
  });

  it('keeps public welfare at +10 and gives it no R6 bonus', () => {
    const score = priorityScore(
      urbanOrg({ category: 'PUBLIC_WELFARE' }),
      project(),
      PRIORITY_POLICY_WITH_R6,
    );
    expect(score.reasons.map((r) => [r.code, r.points])).toEqual([['PUBLIC_WELFARE', 10]]);
  });

  it('re-runs a score stamped 2026.1 unchanged: that version has no R6 bonus', () => {
    const score = priorityScore(urbanOrg({ category: 'MUTUAL_AID' }), project(), policy);
    expect(score).toEqual({ bonus: 0, policyVersion: '2026.1', reasons: [] });
  });
});
