// rule R2, rule R5: counts and thresholds are non-negative integers; fail naming the field.
export function assertCount(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${field} must be a non-negative integer, got ${String(value)}`);
  }
}
