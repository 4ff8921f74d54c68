import { classifyTier } from './classify-tier';
import { OrganizationFacts } from './organization-facts';
import { DEFAULT_TIER_POLICY, TierPolicy } from './tier-policy';
import { facts } from './organization-facts.fixture';

const AS_OF = new Date('2026-06-15T08:00:00Z');
const policy = DEFAULT_TIER_POLICY;
const THREE_MONTHS = ['2026-04', '2026-05', '2026-06'];
const TWO_MONTHS = ['2026-05', '2026-06'];

describe('rule R5: classifyTier', () => {
  it.each<[string, Partial<OrganizationFacts>, string]>([
    ['exactly 2,000 yuan', { registeredFundsFen: 200000 }, 'REGISTERED'],
    ['1,999.99 yuan, small', { registeredFundsFen: 199999 }, 'COMMUNITY_GUIDED'],
    [
      '1,999.99 yuan, 10 members, 3 months',
      { registeredFundsFen: 199999, memberCount: 10, activityMonths: THREE_MONTHS },
      'STREET_FILED',
    ],
    ['9 members, 3 months', { memberCount: 9, activityMonths: THREE_MONTHS }, 'COMMUNITY_GUIDED'],
    ['10 members, 3 months', { memberCount: 10, activityMonths: THREE_MONTHS }, 'STREET_FILED'],
    ['10 members, 2 months', { memberCount: 10, activityMonths: TWO_MONTHS }, 'COMMUNITY_GUIDED'],
    [
      '10 members, 3 months with one duplicated',
      { memberCount: 10, activityMonths: [...TWO_MONTHS, '2026-05'] },
      'COMMUNITY_GUIDED',
    ],
    [
      '10 members, 3rd month outside the window',
      { memberCount: 10, activityMonths: [...TWO_MONTHS, '2025-12'] },
      'COMMUNITY_GUIDED',
    ],
    [
      '10 members, 3rd month at the window edge',
      { memberCount: 10, activityMonths: [...TWO_MONTHS, '2026-01'] },
      'STREET_FILED',
    ],
    [
      '10 members, 3rd month in the future',
      { memberCount: 10, activityMonths: [...TWO_MONTHS, '2026-07'] },
      'COMMUNITY_GUIDED',
    ],
    [
      'federation, 30 member orgs, 2,000 yuan',
      { isFederation: true, memberOrganizationCount: 30, registeredFundsFen: 200000 },
      'REGISTERED',
    ],
    [
      'federation, 29 member orgs, 2,000 yuan, active',
      {
        isFederation: true,
        memberOrganizationCount: 29,
        registeredFundsFen: 200000,
        activityMonths: THREE_MONTHS,
      },
      'STREET_FILED',
    ],
    [
      'federation, 9 member orgs and 50 members, active',
      {
        isFederation: true,
        memberOrganizationCount: 9,
        memberCount: 50,
        activityMonths: THREE_MONTHS,
      },
      'COMMUNITY_GUIDED',
    ],
    [
      'many members, funds met, no activity',
      { registeredFundsFen: 300000, memberCount: 100 },
      'REGISTERED',
    ],
  ])('rule R5: %s → %s', (_name, override, tier) => {
    expect(classifyTier(facts(override), policy, AS_OF).tier).toBe(tier);
  });

  it('rule R5: a REGISTERED decision records the R2 facts, policy version and time', () => {
    const decision = classifyTier(facts({ registeredFundsFen: 200000 }), policy, AS_OF);
    expect(decision).toEqual({
      tier: 'REGISTERED',
      policyVersion: '2026.1',
      decidedAt: '2026-06-15T08:00:00.000Z',
      reasons: [
        {
          code: 'REGISTERED_FUNDS',
          rule: 'R2',
          met: true,
          required: 200000,
          actual: 200000,
          message: 'registered funds 2,000.00 yuan meet the 2,000.00 yuan minimum',
          messageZh: '注册资金 2,000.00 元，达到 2,000.00 元的最低要求',
        },
      ],
      message: 'REGISTERED: meets the registration conditions (tier policy 2026.1)',
      messageZh: '登记：符合登记条件（分类政策 2026.1 版）',
    });
  });

  it('rule R5: a STREET_FILED decision records every fact checked with its threshold', () => {
    const decision = classifyTier(
      facts({ registeredFundsFen: 150000, memberCount: 12, activityMonths: THREE_MONTHS }),
      policy,
      AS_OF,
    );
    expect(decision.tier).toBe('STREET_FILED');
    expect(
      decision.reasons.map(({ code, rule, met, required, actual }) => ({
        code,
        rule,
        met,
        required,
        actual,
      })),
    ).toEqual([
      { code: 'REGISTERED_FUNDS', rule: 'R2', met: false, required: 200000, actual: 150000 },
      { code: 'MEMBERS', rule: 'R5', met: true, required: 10, actual: 12 },
      { code: 'ACTIVE_MONTHS', rule: 'R5', met: true, required: 3, actual: 3 },
    ]);
    expect(decision.reasons[1].message).toBe(
      '12 members, meeting the minimum of 10 for a large organization',
    );
    expect(decision.reasons[1].messageZh).toBe('成员 12 人，达到 10 人的规模要求');
    expect(decision.reasons[2].message).toBe(
      'active in 3 of the last 6 months, meeting the minimum of 3',
    );
    expect(decision.reasons[2].messageZh).toBe(
      '近 6 个月中有 3 个月开展活动，达到 3 个月的活跃要求',
    );
  });

  it('rule R5: a COMMUNITY_GUIDED decision says which "large and active" test failed', () => {
    const decision = classifyTier(
      facts({ memberCount: 9, activityMonths: TWO_MONTHS }),
      policy,
      AS_OF,
    );
    expect(decision.tier).toBe('COMMUNITY_GUIDED');
    expect(decision.reasons.filter((r) => !r.met).map((r) => r.message)).toEqual([
      'registered funds 0.00 yuan are below the 2,000.00 yuan minimum',
      '9 members, below the minimum of 10 for a large organization',
      'active in 2 of the last 6 months, below the minimum of 3',
    ]);
    expect(decision.messageZh).toBe(
      '社区指导：不符合登记条件，规模较小、组织较为松散（分类政策 2026.1 版）',
    );
  });

  it('rule R5: a federation counts member organizations as its members', () => {
    const decision = classifyTier(
      facts({
        isFederation: true,
        memberOrganizationCount: 12,
        memberCount: 3,
        activityMonths: THREE_MONTHS,
      }),
      policy,
      AS_OF,
    );
    const members = decision.reasons.find((r) => r.code === 'MEMBERS');
    expect(members).toMatchObject({ actual: 12, met: true });
    expect(members?.message).toBe(
      '12 member organizations, meeting the minimum of 10 for a large organization',
    );
    expect(members?.messageZh).toBe('会员单位 12 个，达到 10 个的规模要求');
    expect(decision.reasons.map((r) => r.code)).toEqual([
      'REGISTERED_FUNDS',
      'FEDERATION_MEMBER_ORGANIZATIONS',
      'MEMBERS',
      'ACTIVE_MONTHS',
    ]);
  });

  it('rule R5: thresholds and version come from the policy passed in', () => {
    const lenient: TierPolicy = {
      version: '2027.1',
      registration: { minRegisteredFundsFen: 100000, federationMinMemberOrganizations: 20 },
      streetFiled: { minMembers: 5, minActiveMonths: 1, windowMonths: 12 },
    };
    const small = facts({ registeredFundsFen: 150000 });
    expect(classifyTier(small, policy, AS_OF).tier).toBe('COMMUNITY_GUIDED');
    expect(classifyTier(small, lenient, AS_OF)).toMatchObject({
      tier: 'REGISTERED',
      policyVersion: '2027.1',
    });
    const active = facts({ memberCount: 5, activityMonths: ['2025-07'] });
    expect(classifyTier(active, lenient, AS_OF).tier).toBe('STREET_FILED');
  });

  it('rule R5: refuses an invalid date', () => {
    expect(() => classifyTier(facts(), policy, new Date('x'))).toThrow('asOf must be a valid Date');
  });
});
