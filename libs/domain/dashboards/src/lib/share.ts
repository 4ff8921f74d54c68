/**
 * A part of a whole as the dashboards show it (rule R10 Party-led share, R12 public welfare, R14
 * rural reserve, R21 eldercare floor): counts or fen, exact in integers. The percent has one
 * decimal, rounded half up, except that a part above zero never shows as 0 % ("<0.1%": 13,345 fen
 * of 5,000,000 fen is 0.3 %, 1 of 5,000,000 is "<0.1%") and a part below the whole never shows as
 * 100 % (">99.9%"): a reader must never be told that nothing, or everything, went somewhere.
 */
export interface Share {
  part: number;
  whole: number;
  /** Percent with one decimal, held off 0 and 100 as above; null when the whole is 0. */
  percent: number | null;
  /** The percent as shown: "26.7%", "<0.1%", ">99.9%", "0%", "100%", or "—" without a whole. */
  text: string;
}

/** A share held against a policy floor (R14 30 %, R21 55 %); `met` is exact, not from `percent`. */
export interface TargetShare extends Share {
  targetPercent: number;
  /** Whether part/whole ≥ target/100 exactly; null when the whole is 0. */
  met: boolean | null;
}

function assertCount(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${field} must be a whole number ≥ 0, got ${value}`);
  }
}

/** Permille rounded half up, in integers (bigint: fen totals times 2000 pass 2^53). */
function permilleOf(part: number, whole: number): number {
  const numerator = 2000n * BigInt(part) + BigInt(whole);
  return Number(numerator / (2n * BigInt(whole)));
}

// rule R10, rule R12, rule R14, rule R21: a part of a whole, never shown as 0 % or 100 % falsely.
export function shareOf(part: number, whole: number): Share {
  assertCount(part, 'part');
  assertCount(whole, 'whole');
  if (part > whole) throw new RangeError(`part ${part} must not exceed the whole ${whole}`);
  if (whole === 0) return { part, whole, percent: null, text: '—' };
  const permille = permilleOf(part, whole);
  if (part > 0 && permille === 0) return { part, whole, percent: 0.1, text: '<0.1%' };
  if (part < whole && permille === 1000) return { part, whole, percent: 99.9, text: '>99.9%' };
  return { part, whole, percent: permille / 10, text: percentText(permille) };
}

/** "30%", "26.7%": one decimal where there is one. */
function percentText(permille: number): string {
  return permille % 10 === 0 ? `${permille / 10}%` : `${(permille / 10).toFixed(1)}%`;
}

// rule R14 (rural reserve, 30 % by default), rule R21 (eldercare, at least 55 %): share and floor.
export function shareAgainst(part: number, whole: number, targetPercent: number): TargetShare {
  const targetPermille = Math.round(targetPercent * 10);
  if (
    !Number.isFinite(targetPercent) ||
    targetPermille / 10 !== targetPercent ||
    targetPermille < 0 ||
    targetPermille > 1000
  ) {
    throw new RangeError(
      `targetPercent must be 0–100 with at most one decimal, got ${targetPercent}`,
    );
  }
  const share = shareOf(part, whole);
  const met = whole === 0 ? null : 1000n * BigInt(part) >= BigInt(targetPermille) * BigInt(whole);
  return { ...share, targetPercent, met };
}
