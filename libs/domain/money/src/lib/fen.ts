/**
 * An amount of money in integer fen (分, 1/100 yuan). Always a safe integer; never a float.
 * rule R26
 */
export type Fen = number;

/** The largest amount a Fen may hold. rule R26 */
export const MAX_FEN: Fen = Number.MAX_SAFE_INTEGER;

// rule R26: money is held as integer fen only.
export function isFen(n: unknown): n is Fen {
  return typeof n === 'number' && Number.isSafeInteger(n);
}

// rule R26: fail loudly, naming the field, when a value is not an integer amount of fen.
export function assertFen(n: unknown, field = 'amount'): asserts n is Fen {
  if (!isFen(n)) {
    throw new RangeError(`${field} must be a safe integer number of fen, got ${describe(n)}`);
  }
}

// rule R26: a non-negative amount of fen (budgets, totals, requested amounts).
export function assertNonNegativeFen(n: unknown, field = 'amount'): asserts n is Fen {
  assertFen(n, field);
  if (n < 0) {
    throw new RangeError(`${field} must not be negative, got ${n} fen`);
  }
}

function describe(n: unknown): string {
  return typeof n === 'string' ? `"${n}"` : String(n);
}
