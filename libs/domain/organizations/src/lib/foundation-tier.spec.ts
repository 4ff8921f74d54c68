import { classifyTier } from './classify-tier';
import { facts } from './organization-facts.fixture';
import { checkRegistrationThreshold } from './registration-threshold';
import { DEFAULT_TIER_POLICY } from './tier-policy';

const AS_OF = new Date('2026-12-15T08:00:00Z');
const policy = DEFAULT_TIER_POLICY;
const ACTIVE = { memberCount: 12, activityMonths: ['2026-10', '2026-11', '2026-12'] };

describe('rule R2: the foundations exception, in the tier decision (R5)', () => {
  it('rule R2: a registered foundation with no registered funds is REGISTERED, citing the exception', () => {
    const decision = classifyTier(
      facts({ legalForm: 'FOUNDATION', hasCreditCode: true, registeredFundsFen: 0 }),
      policy,
      AS_OF,
    );
    expect(decision.tier).toBe('REGISTERED');
    expect(decision.reasons).toEqual([
      {
        code: 'FOUNDATION_REGISTRATION',
        rule: 'R2',
        met: true,
        message:
          'a foundation is excepted from the 2,000.00 yuan registered-funds minimum, and is registered (it has a unified social credit code)',
        messageZh: '基金会不适用 2,000.00 元注册资金最低要求，已取得统一社会信用代码，按已登记认定',
      },
    ]);
    expect(decision.policyVersion).toBe('2026.1');
  });

  it('rule R2: the same facts for a social group are held to the 2,000 yuan minimum', () => {
    const group = facts({ legalForm: 'SOCIAL_GROUP', hasCreditCode: true, registeredFundsFen: 0 });
    expect(classifyTier(group, policy, AS_OF).tier).toBe('COMMUNITY_GUIDED');
    expect(checkRegistrationThreshold(group, policy).failures.map((f) => f.condition)).toEqual([
      'REGISTERED_FUNDS',
    ]);
    // Facts without a legal form (decided before R2's exception was modelled) are a social group's.
    expect(classifyTier(facts({ registeredFundsFen: 0 }), policy, AS_OF).tier).toBe(
      'COMMUNITY_GUIDED',
    );
  });

  it.each([
    ['small', {}, 'COMMUNITY_GUIDED'],
    ['large and active', ACTIVE, 'STREET_FILED'],
  ] as const)(
    'rule R2: a foundation with no credit code is not shown registered: %s → %s',
    (_name, extra, tier) => {
      const unregistered = facts({
        legalForm: 'FOUNDATION',
        registeredFundsFen: 5_000_000,
        ...extra,
      });
      const decision = classifyTier(unregistered, policy, AS_OF);
      expect(decision.tier).toBe(tier);
      expect(decision.reasons[0]).toMatchObject({
        code: 'FOUNDATION_REGISTRATION',
        met: false,
        messageZh:
          '基金会不适用 2,000.00 元注册资金最低要求，但未填写统一社会信用代码，不能认定已登记',
      });
      expect(decision.reasons.map((r) => r.code)).not.toContain('REGISTERED_FUNDS');
      const threshold = checkRegistrationThreshold(unregistered, policy);
      expect(threshold.met).toBe(false);
      expect(threshold.failures).toEqual([
        expect.objectContaining({ rule: 'R2', condition: 'FOUNDATION_REGISTRATION' }),
      ]);
      expect(threshold.failures[0]).not.toHaveProperty('required');
    },
  );

  it('rule R2: the exception is for funds only; a foundation federation still needs 30 members', () => {
    const federation = facts({
      legalForm: 'FOUNDATION',
      hasCreditCode: true,
      isFederation: true,
      memberOrganizationCount: 29,
    });
    const decision = classifyTier(federation, policy, AS_OF);
    expect(decision.tier).toBe('COMMUNITY_GUIDED');
    expect(decision.reasons.filter((r) => !r.met).map((r) => r.code)).toEqual([
      'FEDERATION_MEMBER_ORGANIZATIONS',
      'ACTIVE_MONTHS',
    ]);
  });

  it('rule R2: refuses a legal form or credit-code flag that cannot be true', () => {
    expect(() => classifyTier(facts({ legalForm: 'TRUST' as never }), policy, AS_OF)).toThrow(
      /^legalForm must be SOCIAL_GROUP or FOUNDATION, got TRUST/,
    );
    expect(() => classifyTier(facts({ hasCreditCode: 'yes' as never }), policy, AS_OF)).toThrow(
      /^hasCreditCode must be a boolean/,
    );
  });
});
