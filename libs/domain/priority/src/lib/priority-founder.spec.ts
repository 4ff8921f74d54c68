import { SERVICE_FIELDS } from '@civic/domain/organizations';
import { DEFAULT_PRIORITY_POLICY, PRIORITY_POLICY_WITH_R6 } from './priority-policy';
import { PriorityOrganization, priorityScore } from './priority-score';

const r9 = PRIORITY_POLICY_WITH_R6;
const org = (over: Partial<PriorityOrganization> = {}): PriorityOrganization => ({
  areaType: 'URBAN',
  category: 'CULTURE_SPORTS',
  takesGovernmentFunctions: false,
  founderBackground: null,
  graduatedFromIncubation: false,
  ...over,
});
const project = { servedGroups: [] };
const founded = (over: Partial<PriorityOrganization> = {}) =>
  org({ fundingSource: 'INDIVIDUAL', foundingPartner: 'NONE', serviceField: 'HEALTH', ...over });

describe('rule R9: priority founders and fields (PRIORITY 2026.2)', () => {
  it('rule R9: version 2026.2 gives +5 for a priority founder; 2026.1 has no such bonus', () => {
    expect(r9.bonuses.priorityFounder).toBe(5);
    expect(DEFAULT_PRIORITY_POLICY.bonuses).not.toHaveProperty('priorityFounder');
  });

  it.each(
    (['INDIVIDUAL', 'ENTERPRISE'] as const).flatMap((fundingSource) =>
      SERVICE_FIELDS.filter((f) => f !== 'OTHER').map(
        (serviceField) => [fundingSource, serviceField] as const,
      ),
    ),
  )('rule R9: funded by %s in %s → +5, citing R9', (fundingSource, serviceField) => {
    const score = priorityScore(founded({ fundingSource, serviceField }), project, r9);
    expect(score).toMatchObject({ bonus: 5, policyVersion: '2026.2' });
    expect(score.reasons).toEqual([
      expect.objectContaining({ code: 'PRIORITY_FOUNDER', rule: 'R9', points: 5 }),
    ]);
  });

  it.each<[string, Partial<PriorityOrganization>]>([
    ['founded by residents themselves', { fundingSource: 'RESIDENTS' }],
    ['working in another field', { serviceField: 'OTHER' }],
    ['with no funder recorded (a snapshot stored before R9)', { fundingSource: undefined }],
    ['with no field recorded', { serviceField: null }],
  ])('rule R9: no bonus for an organization %s', (_name, over) => {
    expect(priorityScore(founded(over), project, r9)).toEqual({
      bonus: 0,
      policyVersion: '2026.2',
      reasons: [],
    });
  });

  it.each([
    [
      { fundingSource: 'INDIVIDUAL', foundingPartner: 'NONE', serviceField: 'ELDERCARE_CHILDCARE' },
      'organization funded by an individual, in eldercare and childcare: +5',
      '个人出资举办的养老托育领域社区社会组织：+5',
    ],
    [
      {
        fundingSource: 'ENTERPRISE',
        foundingPartner: 'STREET_OR_TOWNSHIP',
        serviceField: 'HEALTH',
      },
      'organization funded by an enterprise with idle resources or expertise, jointly with a street office or township government, in health: +5',
      '企业以闲置资源或专业优势出资，联合街道办/乡镇政府举办的卫生健康领域社区社会组织：+5',
    ],
    [
      {
        fundingSource: 'INDIVIDUAL',
        foundingPartner: 'RESIDENTS_COMMITTEE',
        serviceField: 'SCIENCE_POPULARIZATION',
      },
      'organization funded by an individual, jointly with a residents’ or villagers’ committee, in science popularization: +5',
      '个人出资，联合居（村）委会举办的科普领域社区社会组织：+5',
    ],
    [
      { fundingSource: 'INDIVIDUAL', serviceField: 'PUBLIC_WELFARE' },
      'organization funded by an individual, in public welfare: +5',
      '个人出资举办的公益事业领域社区社会组织：+5',
    ],
  ] as const)('rule R9: names the funder, partner and field: %j', (facts, message, messageZh) => {
    const [reason] = priorityScore(org(facts), project, r9).reasons;
    expect(reason).toEqual({ code: 'PRIORITY_FOUNDER', rule: 'R9', points: 5, message, messageZh });
  });

  it('rule R9 adds to R6 and R13: a rural life-service organization funded by an enterprise', () => {
    const score = priorityScore(
      founded({ areaType: 'RURAL', category: 'LIFE_SERVICE', fundingSource: 'ENTERPRISE' }),
      project,
      r9,
    );
    expect(score.reasons.map((r) => [r.code, r.rule, r.points])).toEqual([
      ['RURAL', 'R13', 15],
      ['LIFE_SERVICE', 'R6', 5],
      ['PRIORITY_FOUNDER', 'R9', 5],
    ]);
    expect(score.bonus).toBe(25);
  });

  it('rule R9: re-runs a score stamped 2026.1 unchanged, founding facts or not', () => {
    const stamped = {
      bonus: 15,
      policyVersion: '2026.1',
      reasons: [
        {
          code: 'RURAL',
          rule: 'R13',
          points: 15,
          message: 'rural organization: +15',
          messageZh: '农村社区社会组织：+15',
        },
      ],
    };
    const before = org({ areaType: 'RURAL' });
    const now = founded({ areaType: 'RURAL', fundingSource: 'ENTERPRISE' });
    expect(priorityScore(before, project, DEFAULT_PRIORITY_POLICY)).toEqual(stamped);
    expect(priorityScore(now, project, DEFAULT_PRIORITY_POLICY)).toEqual(stamped);
    expect(priorityScore(now, project, r9).bonus).toBe(20);
  });

  it('rule R9: the points come from the policy passed in', () => {
    const custom = { ...r9, version: 'test-r9', bonuses: { ...r9.bonuses, priorityFounder: 8 } };
    expect(priorityScore(founded(), project, custom).reasons).toEqual([
      expect.objectContaining({ code: 'PRIORITY_FOUNDER', points: 8 }),
    ]);
  });

  it.each([
    [{ fundingSource: 'GOVERNMENT' }, 'unknown fundingSource GOVERNMENT'],
    [{ foundingPartner: 'CHURCH' }, 'unknown foundingPartner CHURCH'],
    [{ serviceField: 'eldercare' }, 'unknown serviceField eldercare'],
  ])('rule R9: refuses %j', (over, message) => {
    const call = () => priorityScore(founded(over as Partial<PriorityOrganization>), project, r9);
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
