import { assertTierPolicy, DEFAULT_TIER_POLICY, TierPolicy } from './tier-policy';

const withChange = (change: (p: TierPolicy) => void): TierPolicy => {
  const policy = structuredClone(DEFAULT_TIER_POLICY) as TierPolicy;
  change(policy);
  return policy;
};

describe('rule R2 / R5: tier policy data', () => {
  it('rule R2: the default policy is 2,000 yuan and 30 member organizations', () => {
    expect(DEFAULT_TIER_POLICY.version).toBe('2026.1');
    expect(DEFAULT_TIER_POLICY.registration).toEqual({
      minRegisteredFundsFen: 200000,
      federationMinMemberOrganizations: 30,
    });
  });

  it('rule R5: the default "large and active" is 10 members and 3 of the last 6 months', () => {
    expect(DEFAULT_TIER_POLICY.streetFiled).toEqual({
      minMembers: 10,
      minActiveMonths: 3,
      windowMonths: 6,
    });
  });

  it('rule R5: the default policy cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_TIER_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_TIER_POLICY.streetFiled)).toBe(true);
    expect(Object.isFrozen(DEFAULT_TIER_POLICY.registration)).toBe(true);
    expect(() => assertTierPolicy(DEFAULT_TIER_POLICY)).not.toThrow();
  });

  it.each([
    [
      'an empty version',
      (p: TierPolicy) => (p.version = ' '),
      /version must be a non-empty string/,
    ],
    [
      'fractional funds',
      (p: TierPolicy) => (p.registration.minRegisteredFundsFen = 2000.5),
      /^registration.minRegisteredFundsFen must be a safe integer/,
    ],
    [
      'negative funds',
      (p: TierPolicy) => (p.registration.minRegisteredFundsFen = -1),
      /^registration.minRegisteredFundsFen must not be negative/,
    ],
    [
      'negative member organizations',
      (p: TierPolicy) => (p.registration.federationMinMemberOrganizations = -30),
      /^registration.federationMinMemberOrganizations must be a non-negative integer/,
    ],
    [
      'fractional members',
      (p: TierPolicy) => (p.streetFiled.minMembers = 9.5),
      /^streetFiled.minMembers must be a non-negative integer/,
    ],
    [
      'a zero window',
      (p: TierPolicy) => (p.streetFiled.windowMonths = 0),
      /windowMonths must be at least 1/,
    ],
    [
      'more active months than the window',
      (p: TierPolicy) => (p.streetFiled.minActiveMonths = 7),
      /at least minActiveMonths, got 6 and 7/,
    ],
  ])('rule R5: assertTierPolicy refuses %s', (_name, change, message) => {
    expect(() => assertTierPolicy(withChange(change))).toThrow(RangeError);
    expect(() => assertTierPolicy(withChange(change))).toThrow(message);
  });
});
