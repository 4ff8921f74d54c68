import { assertPriorityPolicy, DEFAULT_PRIORITY_POLICY, PriorityPolicy } from './priority-policy';

const withChange = (change: (p: PriorityPolicy) => void): PriorityPolicy => {
  const policy = structuredClone(DEFAULT_PRIORITY_POLICY) as PriorityPolicy;
  change(policy);
  return policy;
};

describe('rule R13 / R14: priority policy data', () => {
  it('rule R13: the default bonuses are those of domain.md', () => {
    expect(DEFAULT_PRIORITY_POLICY).toEqual({
      version: '2026.1',
      bonuses: {
        rural: 15,
        publicWelfare: 10,
        governmentFunctions: 5,
        perPriorityGroup: 3,
        priorityGroupsCap: 9,
        ruralFounder: 5,
        incubationGraduate: 3,
      },
      ruralReservePercent: 30,
    });
    expect(Object.isFrozen(DEFAULT_PRIORITY_POLICY.bonuses)).toBe(true);
    expect(() => assertPriorityPolicy(DEFAULT_PRIORITY_POLICY)).not.toThrow();
  });

  it.each([
    [
      'an empty version',
      (p: PriorityPolicy) => (p.version = ''),
      'version must be a non-empty string',
    ],
    [
      'a negative bonus',
      (p: PriorityPolicy) => (p.bonuses.rural = -15),
      'bonuses.rural must be a non-negative integer, got -15',
    ],
    [
      'a NaN bonus',
      (p: PriorityPolicy) => (p.bonuses.priorityGroupsCap = Number.NaN),
      'bonuses.priorityGroupsCap must be',
    ],
    [
      'a reserve over 100',
      (p: PriorityPolicy) => (p.ruralReservePercent = 101),
      'ruralReservePercent must be between 0 and 100, got 101',
    ],
    [
      'a negative reserve',
      (p: PriorityPolicy) => (p.ruralReservePercent = -1),
      'ruralReservePercent must be between 0 and 100',
    ],
  ])('rule R13: assertPriorityPolicy refuses %s', (_name, change, message) => {
    expect(() => assertPriorityPolicy(withChange(change))).toThrow(message);
  });
});
