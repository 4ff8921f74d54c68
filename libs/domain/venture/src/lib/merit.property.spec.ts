import fc from 'fast-check';
import { meritOf } from './merit';
import { Rubric } from './rubric';
import { ScoreSheet } from './score-sheet';

/** Weights that sum to 100 over 1–6 criteria, each with its own scale. */
const rubricArb: fc.Arbitrary<Rubric> = fc
  .array(
    fc.record({ cut: fc.integer({ min: 1, max: 99 }), scaleMax: fc.integer({ min: 1, max: 100 }) }),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((parts) => {
    const cuts = [...new Set(parts.slice(1).map((p) => p.cut))].sort((a, b) => a - b);
    const bounds = [0, ...cuts, 100];
    return {
      criteria: bounds.slice(1).map((end, i) => ({
        key: `c${i}`,
        name: `标准${i}`,
        weight: end - bounds[i],
        scaleMax: parts[i].scaleMax,
      })),
    };
  });

const withSheets = rubricArb.chain((rubric) =>
  fc.tuple(
    fc.constant(rubric),
    fc.array(
      fc
        .tuple(...rubric.criteria.map((c) => fc.integer({ min: 0, max: c.scaleMax })))
        .map(
          (scores) =>
            Object.fromEntries(rubric.criteria.map((c, i) => [c.key, scores[i]])) as ScoreSheet,
        ),
      { minLength: 1, maxLength: 9 },
    ),
  ),
);

describe('rule R17: merit properties', () => {
  it('rule R17: merit is within 0–100 with at most 2 decimals, and close to the float formula', () => {
    fc.assert(
      fc.property(withSheets, ([rubric, sheets]) => {
        const { merit, perCriterion } = meritOf(rubric, sheets);
        expect(merit).toBeGreaterThanOrEqual(0);
        expect(merit).toBeLessThanOrEqual(100);
        expect(Math.round(merit * 100) / 100).toBe(merit);
        const approx = rubric.criteria.reduce((sum, c) => {
          const mean = sheets.reduce((s, sheet) => s + sheet[c.key], 0) / sheets.length;
          return sum + (c.weight * mean * 100) / c.scaleMax / 100;
        }, 0);
        expect(Math.abs(merit - approx)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(perCriterion.map((p) => p.key)).toEqual(rubric.criteria.map((c) => c.key));
      }),
    );
  });

  it('rule R17: the order of the sheets does not matter', () => {
    fc.assert(
      fc.property(withSheets, ([rubric, sheets]) => {
        expect(meritOf(rubric, [...sheets].reverse())).toEqual(meritOf(rubric, sheets));
      }),
    );
  });

  it('rule R17: raising one score never lowers the merit', () => {
    fc.assert(
      fc.property(withSheets, fc.nat(), ([rubric, sheets], pick) => {
        const c = rubric.criteria[pick % rubric.criteria.length];
        const lowest = sheets.findIndex((s) => s[c.key] < c.scaleMax);
        if (lowest < 0) return;
        const raised = sheets.map((s, i) => (i === lowest ? { ...s, [c.key]: s[c.key] + 1 } : s));
        expect(meritOf(rubric, raised).merit).toBeGreaterThanOrEqual(meritOf(rubric, sheets).merit);
      }),
    );
  });

  it('rule R17: reviewers in full agreement give the merit of one sheet', () => {
    fc.assert(
      fc.property(withSheets, fc.integer({ min: 2, max: 5 }), ([rubric, [sheet]], copies) => {
        const many = Array.from({ length: copies }, () => sheet);
        expect(meritOf(rubric, many)).toEqual(meritOf(rubric, [sheet]));
      }),
    );
  });
});
