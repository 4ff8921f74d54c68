import { assertRubric, Rubric } from './rubric';
import { checkScoreSheet, ScoreSheet } from './score-sheet';
import { assertChecked } from './violation';

/** A proposal's merit from its reviewers' score sheets. rule R17 */
export interface Merit {
  /** 0–100, rounded half up to 2 decimals. */
  merit: number;
  /** The mean score of each criterion in rubric order, in its own scale, 2 decimals half up. */
  perCriterion: { key: string; mean: number }[];
}

/**
 * rule R17 (feeds R13): merit = the weighted mean over criteria of (mean score / full score) × 100,
 * i.e. Σ weight × mean/scaleMax × 100 / Σ weight, from 0 to 100, rounded half up to 2 decimals.
 * Computed as one exact fraction of bigints and rounded once, so 32.175 rounds to 32.18 where
 * floating point would give 32.17. Every sheet must pass checkScoreSheet and there must be at
 * least one (a RangeError names the field otherwise).
 */
export function meritOf(rubric: Rubric, sheets: readonly ScoreSheet[]): Merit {
  assertRubric(rubric);
  if (!Array.isArray(sheets) || sheets.length === 0) {
    throw new RangeError('rule R17: sheets must hold at least one score sheet to compute merit');
  }
  sheets.forEach((sheet, index) =>
    assertChecked(checkScoreSheet(rubric, sheet), `sheets.${index}`),
  );
  const count = BigInt(sheets.length);
  const totals = rubric.criteria.map(({ key }) =>
    sheets.reduce((sum, sheet) => sum + BigInt(sheet[key]), 0n),
  );
  const weightSum = rubric.criteria.reduce((sum, c) => sum + BigInt(c.weight), 0n);
  let numerator = 0n;
  let denominator = 1n;
  rubric.criteria.forEach((c, i) => {
    // weight × (total / count) / scaleMax × 100 / weightSum
    const termNumerator = BigInt(c.weight) * totals[i] * 100n;
    const termDenominator = count * BigInt(c.scaleMax) * weightSum;
    numerator = numerator * termDenominator + termNumerator * denominator;
    denominator *= termDenominator;
    const divisor = gcd(numerator, denominator);
    numerator /= divisor;
    denominator /= divisor;
  });
  return {
    merit: roundHalfUp(numerator, denominator),
    perCriterion: rubric.criteria.map((c, i) => ({
      key: c.key,
      mean: roundHalfUp(totals[i], count),
    })),
  };
}

// rule R17: a non-negative fraction rounded half up to 2 decimals.
export function roundHalfUp(numerator: bigint, denominator: bigint): number {
  const hundredths = (2n * numerator * 100n + denominator) / (2n * denominator);
  return Number(hundredths) / 100;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}
