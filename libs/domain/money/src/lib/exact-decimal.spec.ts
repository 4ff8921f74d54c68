import { toCommonScale, toExactDecimal } from './exact-decimal';

describe('rule R26: numbers enter money arithmetic as exact decimals', () => {
  it.each([
    [0, 0n, 0],
    [-0, 0n, 0],
    [30, 30n, 0],
    [0.1, 1n, 1],
    [33.3, 333n, 1],
    [-2.05, -205n, 2],
    [1e21, 10n ** 21n, 0],
    [1.5e-7, 15n, 8],
  ])('rule R26: %p is %p / 10^%p', (value, units, scale) => {
    expect(toExactDecimal(value)).toEqual({ units, scale });
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY]])(
    'rule R26: refuses %p, naming the field',
    (value) => {
      expect(() => toExactDecimal(value, 'weights[2]')).toThrow(
        /^weights\[2\] must be a finite number/,
      );
    },
  );

  it('rule R26: brings decimals to one scale', () => {
    expect(toCommonScale([toExactDecimal(50), toExactDecimal(33.25), toExactDecimal(0.5)])).toEqual(
      {
        units: [5000n, 3325n, 50n],
        scale: 2,
      },
    );
  });
});
