import { assertConflictPolicy, DEFAULT_CONFLICT_POLICY } from './conflict-policy';

describe('rule R18: conflict policy', () => {
  it('rule R18: the default is art. 16 of 财库〔2016〕198号: 3 years, three generations', () => {
    expect(DEFAULT_CONFLICT_POLICY).toEqual({
      version: '2016-198',
      lookbackYears: 3,
      collateralGenerations: 3,
    });
    expect(Object.isFrozen(DEFAULT_CONFLICT_POLICY)).toBe(true);
    expect(() => assertConflictPolicy(DEFAULT_CONFLICT_POLICY)).not.toThrow();
  });

  it.each([
    [{ version: ' ' }, 'rule R18: conflict policy version must be a non-empty string'],
    [
      { lookbackYears: 2.5 },
      'rule R18: lookbackYears must be a whole number from 0 to 50, got 2.5',
    ],
    [{ lookbackYears: 51 }, 'rule R18: lookbackYears must be a whole number from 0 to 50, got 51'],
    [
      { collateralGenerations: 0 },
      'rule R18: collateralGenerations must be a whole number from 1 to 10, got 0',
    ],
  ])('rule R18: %p is refused', (over, message) => {
    expect(() => assertConflictPolicy({ ...DEFAULT_CONFLICT_POLICY, ...over })).toThrow(message);
  });
});
