import { toExactDecimal } from '@civic/domain/money';

// rule R13: merit × (1 + bonus/100), rounded half up to 4 decimals, computed exactly.
export function rankScore(merit: number, bonus: number): number {
  const m = toExactDecimal(merit, 'merit');
  const b = toExactDecimal(bonus, 'bonus');
  if (m.units < 0n) throw new RangeError(`merit must not be negative, got ${merit}`);
  if (b.units < 0n) throw new RangeError(`bonus must not be negative, got ${bonus}`);
  // merit·(100 + bonus)/100 · 10^4, as a fraction of integers
  const numerator = m.units * (100n * 10n ** BigInt(b.scale) + b.units) * 10_000n;
  const denominator = 100n * 10n ** BigInt(m.scale + b.scale);
  const rounded = (2n * numerator + denominator) / (2n * denominator);
  return Number(rounded) / 10_000;
}
