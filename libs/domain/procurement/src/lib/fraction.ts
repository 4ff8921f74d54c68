/** Exact non-negative fractions of bigints, for scores that are ranked and published (R25). */
export interface Fraction {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

// rule R25: the sum of two fractions, reduced, so a weighted total is exact before it is rounded.
export function addFraction(a: Fraction, b: Fraction): Fraction {
  const n = a.n * b.d + b.n * a.d;
  const d = a.d * b.d;
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

// rule R25: a non-negative fraction in hundredths, rounded half up (32.175 → 3218).
export function hundredthsHalfUp(f: Fraction): bigint {
  return (2n * f.n * 100n + f.d) / (2n * f.d);
}

/**
 * rule R25: a score with at most 2 decimals as whole hundredths (7.5 → 750), read as the decimal
 * it prints as; null for anything else (a non-number, a third decimal, NaN).
 */
export function toHundredths(value: unknown): bigint | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(value));
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  return BigInt(`${sign}${whole}${fraction.padEnd(2, '0')}`);
}
