import fc from 'fast-check';
import { shareAgainst, shareOf } from './share';

/** A whole and a part of it, from tiny counts to fen totals near 2^53. */
const partOfWhole = fc
  .oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }))
  .chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole)));

describe('shares, as properties (rules R10, R12, R14, R21)', () => {
  it('rule R10: never 0 % for a part above zero, never 100 % for a part below the whole', () => {
    fc.assert(
      fc.property(partOfWhole, ([part, whole]) => {
        const { percent } = shareOf(part, whole);
        expect(percent === 0).toBe(part === 0);
        expect(percent === 100).toBe(part === whole);
      }),
    );
  });

  it('rule R10: within 0.05 points of the exact share, or 0.1 where held off 0 or 100', () => {
    fc.assert(
      fc.property(partOfWhole, ([part, whole]) => {
        const { percent, text } = shareOf(part, whole);
        const exact = (part / whole) * 100;
        const held = text.startsWith('<') || text.startsWith('>');
        expect(Math.abs(percent! - exact)).toBeLessThanOrEqual(held ? 0.1 + 1e-9 : 0.05 + 1e-6);
      }),
    );
  });

  it('rule R10: a larger part of the same whole never shows a smaller percent', () => {
    fc.assert(
      fc.property(partOfWhole, fc.nat(), ([part, whole], more) => {
        const bigger = Math.min(whole, part + more);
        expect(shareOf(bigger, whole).percent!).toBeGreaterThanOrEqual(
          shareOf(part, whole).percent!,
        );
      }),
    );
  });

  it('rule R14, rule R21: met exactly when part / whole ≥ target / 100 (checked in bigint)', () => {
    const target = fc.integer({ min: 0, max: 1000 }).map((permille) => permille / 10);
    fc.assert(
      fc.property(partOfWhole, target, ([part, whole], percent) => {
        const expected = BigInt(part) * 1000n >= BigInt(Math.round(percent * 10)) * BigInt(whole);
        expect(shareAgainst(part, whole, percent).met).toBe(expected);
      }),
    );
  });
});
