import { checkRegistrationThreshold } from './registration-threshold';
import { DEFAULT_TIER_POLICY } from './tier-policy';
import { facts } from './organization-facts.fixture';

const policy = DEFAULT_TIER_POLICY;

describe('rule R2: registration threshold', () => {
  it.each([
    [200000, true],
    [200001, true],
    [199999, false],
    [0, false],
    [10_000_000, true],
  ])('rule R2: registered funds of %d fen → met %p', (registeredFundsFen, met) => {
    const result = checkRegistrationThreshold(facts({ registeredFundsFen }), policy);
    expect(result.met).toBe(met);
    expect(result.failures).toHaveLength(met ? 0 : 1);
  });

  it('rule R2: a funds failure says what is required and what there is', () => {
    const result = checkRegistrationThreshold(facts({ registeredFundsFen: 150000 }), policy);
    expect(result).toEqual({
      met: false,
      failures: [
        {
          rule: 'R2',
          condition: 'REGISTERED_FUNDS',
          required: 200000,
          actual: 150000,
          message: 'registered funds 1,500.00 yuan are below the 2,000.00 yuan minimum',
          messageZh: '注册资金 1,500.00 元，低于 2,000.00 元的最低要求',
        },
      ],
    });
  });

  it('rule R2: 1,999.99 yuan is one fen short', () => {
    const [failure] = checkRegistrationThreshold(
      facts({ registeredFundsFen: 199999 }),
      policy,
    ).failures;
    expect(failure.message).toBe(
      'registered funds 1,999.99 yuan are below the 2,000.00 yuan minimum',
    );
  });

  it.each([
    [30, 200000, true, []],
    [31, 200000, true, []],
    [29, 200000, false, ['FEDERATION_MEMBER_ORGANIZATIONS']],
    [29, 199999, false, ['REGISTERED_FUNDS', 'FEDERATION_MEMBER_ORGANIZATIONS']],
    [30, 199999, false, ['REGISTERED_FUNDS']],
  ])(
    'rule R2: a federation with %d member organizations and %d fen → met %p, failing %p',
    (memberOrganizationCount, registeredFundsFen, met, conditions) => {
      const result = checkRegistrationThreshold(
        facts({ isFederation: true, memberOrganizationCount, registeredFundsFen }),
        policy,
      );
      expect(result.met).toBe(met);
      expect(result.failures.map((f) => f.condition)).toEqual(conditions);
    },
  );

  it('rule R2: the federation failure names the count and the minimum', () => {
    const result = checkRegistrationThreshold(
      facts({ isFederation: true, memberOrganizationCount: 29, registeredFundsFen: 200000 }),
      policy,
    );
    expect(result.failures).toEqual([
      {
        rule: 'R2',
        condition: 'FEDERATION_MEMBER_ORGANIZATIONS',
        required: 30,
        actual: 29,
        message: 'federation has 29 member organizations, below the minimum of 30',
        messageZh: '联合会会员单位 29 个，少于 30 个的最低要求',
      },
    ]);
  });

  it('rule R2: member organizations are ignored for an organization that is not a federation', () => {
    const result = checkRegistrationThreshold(
      facts({ memberOrganizationCount: 0, registeredFundsFen: 200000 }),
      policy,
    );
    expect(result).toEqual({ met: true, failures: [] });
  });

  it('rule R2: thresholds come from the policy, not from code', () => {
    const strict = {
      ...policy,
      version: 'test',
      registration: { minRegisteredFundsFen: 500000, federationMinMemberOrganizations: 50 },
    };
    const result = checkRegistrationThreshold(
      facts({ isFederation: true, memberOrganizationCount: 40, registeredFundsFen: 300000 }),
      strict,
    );
    expect(result.failures.map((f) => [f.required, f.actual])).toEqual([
      [500000, 300000],
      [50, 40],
    ]);
  });

  it.each([
    [{ registeredFundsFen: 1999.5 }, /^registeredFundsFen must be a safe integer/],
    [{ registeredFundsFen: -1 }, /^registeredFundsFen must not be negative/],
    [{ memberCount: -1 }, /^memberCount must be a non-negative integer/],
    [{ memberOrganizationCount: 1.5 }, /^memberOrganizationCount must be a non-negative integer/],
    [{ isFederation: 'yes' as unknown as boolean }, /^isFederation must be a boolean/],
    [{ activityMonths: '2026-01' as unknown as string[] }, /^activityMonths must be an array/],
  ])('rule R2: refuses impossible facts %p', (override, message) => {
    expect(() => checkRegistrationThreshold(facts(override), policy)).toThrow(message);
  });
});
