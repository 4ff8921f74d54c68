import { assertNonNegativeFen, Fen, MAX_FEN, percentOf } from '@civic/domain/money';

/** rule R15, rule R16, rule R26: a whole number ≥ 0, naming the field. */
function assertCount(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(
      `rule R16: ${field} must be a non-negative whole number, got ${String(value)}`,
    );
  }
}

function product(field: string, ...factors: number[]): Fen {
  const exact = factors.reduce((p, f) => p * BigInt(f), 1n);
  if (exact > BigInt(MAX_FEN)) {
    throw new RangeError(`rule R26: ${field} is too large to hold in fen`);
  }
  return Number(exact);
}

/**
 * rule R15, rule R16: free activity space recorded as in-kind support, in fen (rule R26): area
 * (whole m²) × market rent (fen per m² per month) × whole months. Exact, no rounding.
 */
export function spaceValueFen(input: {
  areaM2: number;
  monthlyRateFenPerM2: number;
  months: number;
}): Fen {
  const { areaM2, monthlyRateFenPerM2, months } = input ?? ({} as typeof input);
  assertCount(areaM2, 'areaM2');
  assertNonNegativeFen(monthlyRateFenPerM2, 'monthlyRateFenPerM2');
  assertCount(months, 'months');
  return product('space value', areaM2, monthlyRateFenPerM2, months);
}

/**
 * rule R15, rule R16: waived fees recorded as in-kind support, in fen (rule R26): the monthly
 * fee × whole months × the waived percent (0–100), rounded down to the fen.
 */
export function feeWaiverFen(input: {
  monthlyFeeFen: number;
  months: number;
  waivedPercent: number;
}): Fen {
  const { monthlyFeeFen, months, waivedPercent } = input ?? ({} as typeof input);
  assertNonNegativeFen(monthlyFeeFen, 'monthlyFeeFen');
  assertCount(months, 'months');
  if (typeof waivedPercent !== 'number' || !(waivedPercent >= 0 && waivedPercent <= 100)) {
    throw new RangeError(
      `rule R16: waivedPercent must be between 0 and 100, got ${String(waivedPercent)}`,
    );
  }
  return percentOf(product('fee waiver', monthlyFeeFen, months), waivedPercent);
}
