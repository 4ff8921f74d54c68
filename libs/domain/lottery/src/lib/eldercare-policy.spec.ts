import {
  assertEldercarePolicy,
  DEFAULT_ELDERCARE_POLICY,
  EldercarePolicy,
  floorInBasisPoints,
} from './eldercare-policy';

describe('rule R21: eldercare floor policy', () => {
  it('rule R21: the national floor is 55 %, versioned and frozen', () => {
    expect(DEFAULT_ELDERCARE_POLICY).toEqual({ version: '2026.1', floorPercent: 55 });
    expect(Object.isFrozen(DEFAULT_ELDERCARE_POLICY)).toBe(true);
    expect(() => assertEldercarePolicy(DEFAULT_ELDERCARE_POLICY)).not.toThrow();
  });

  it.each([
    [55, 5500],
    [0, 0],
    [100, 10_000],
    [55.5, 5550],
    [60.25, 6025],
    [0.01, 1],
  ])('rule R21: a floor of %p %% is %p basis points', (percent, basisPoints) => {
    expect(floorInBasisPoints(percent)).toBe(basisPoints);
  });

  it.each([[-1], [100.01], [55.555], [Number.NaN], [Infinity], ['55']])(
    'rule R21: a floor of %p is refused',
    (floorPercent) => {
      expect(() =>
        assertEldercarePolicy({ version: 'x', floorPercent } as unknown as EldercarePolicy),
      ).toThrow('rule R21: floorPercent must be a number from 0 to 100 with at most 2 decimals');
    },
  );

  it('rule R21: a policy without a version is refused', () => {
    expect(() => assertEldercarePolicy({ version: '', floorPercent: 55 })).toThrow(
      'rule R21: eldercare policy version must be a non-empty string',
    );
  });
});
