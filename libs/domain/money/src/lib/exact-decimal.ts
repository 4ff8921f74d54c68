/**
 * A number taken as the decimal it prints as: `value = units / 10^scale`.
 * `0.1` is exactly 1/10 here, not the binary fraction a double holds.
 */
export interface ExactDecimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_FORM = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

// rule R26: weights and percents enter money arithmetic only as exact decimals, never as floats.
export function toExactDecimal(value: number, field = 'value'): ExactDecimal {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${field} must be a finite number, got ${String(value)}`);
  }
  const match = DECIMAL_FORM.exec(String(value));
  if (match === null) {
    throw new RangeError(`${field} could not be read as a decimal: ${String(value)}`);
  }
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const units = BigInt(`${sign}${whole}${fraction}`);
  const scale = fraction.length - Number(exponent);
  return scale >= 0 ? { units, scale } : { units: units * 10n ** BigInt(-scale), scale: 0 };
}

// rule R26: bring exact decimals to one common scale, so they can be compared and summed as integers.
export function toCommonScale(values: readonly ExactDecimal[]): {
  units: bigint[];
  scale: number;
} {
  const scale = values.reduce((max, v) => Math.max(max, v.scale), 0);
  const units = values.map((v) => v.units * 10n ** BigInt(scale - v.scale));
  return { units, scale };
}
