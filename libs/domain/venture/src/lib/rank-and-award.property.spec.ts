import fc from 'fast-check';
import { percentOf } from '@civic/domain/money';
import { AwardCandidate, AwardInput } from './award-types';
import { rankAndAward } from './rank-and-award';

const candidateArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }).filter((s) => s.trim() !== ''),
  merit: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  bonus: fc.constantFrom(0, 3, 5, 10, 15, 18, 25, 33),
  rural: fc.boolean(),
  requestedFen: fc.integer({ min: 1, max: 5_000_000 }),
});
const inputArb: fc.Arbitrary<AwardInput> = fc.record({
  budgetFen: fc.oneof(fc.integer({ min: 0, max: 20_000_000 }), fc.constant(0)),
  reservePercent: fc.oneof(fc.constantFrom(0, 30, 100), fc.integer({ min: 0, max: 100 })),
  candidates: fc.uniqueArray(candidateArb, { selector: (c) => c.id, maxLength: 30 }),
});

const awarded = (result: ReturnType<typeof rankAndAward>) =>
  result.rows.reduce((sum, r) => sum + r.amountFen, 0);

describe('rule R19 (with R13, R14): award properties', () => {
  it('rule R19: never more than the budget; awarded + remaining = budget', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = rankAndAward(input);
        expect(awarded(result)).toBeLessThanOrEqual(input.budgetFen);
        expect(awarded(result) + result.remainingFen).toBe(input.budgetFen);
        expect(result.remainingFen).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('rule R14: the reserve goes only to rural applicants; what they leave returns to the pool', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = rankAndAward(input);
        const byId = new Map(input.candidates.map((c) => [c.id, c]));
        expect(result.reserveFen).toBe(percentOf(input.budgetFen, input.reservePercent));
        const fromReserve = result.rows.filter((r) => r.outcome === 'FUNDED_FROM_RESERVE');
        for (const r of fromReserve) expect(byId.get(r.id)?.rural).toBe(true);
        expect(result.reserveUsedFen).toBe(fromReserve.reduce((s, r) => s + r.amountFen, 0));
        expect(result.reserveUsedFen).toBeLessThanOrEqual(result.reserveFen);
        expect(result.reserveReturnedFen).toBe(result.reserveFen - result.reserveUsedFen);
        // A rural applicant is left out only when its request did not fit what was left.
        // A rural one, moreover, only when it did not fit what was left of the reserve.
        for (const r of result.rows.filter((row) => row.outcome === 'NOT_FUNDED')) {
          const c = byId.get(r.id) as AwardCandidate;
          expect(c.requestedFen).toBeGreaterThan(result.remainingFen);
          if (c.rural) {
            expect(c.requestedFen).toBeGreaterThan(result.reserveFen - result.reserveUsedFen);
          }
        }
      }),
    );
  });

  it('rule R13: rows are in rank order 1..n by rank score, each explained', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = rankAndAward(input);
        expect(result.rows.map((r) => r.rank)).toEqual(result.rows.map((_, i) => i + 1));
        for (let i = 1; i < result.rows.length; i += 1) {
          expect(result.rows[i].rankScore).toBeLessThanOrEqual(result.rows[i - 1].rankScore);
        }
        for (const r of result.rows) {
          expect(r.message).toMatch(new RegExp(`^rank ${r.rank} \\((rural|urban), score `));
          expect(r.messageZh).toMatch(new RegExp(`^第 ${r.rank} 名（(农村|城市)，排序分 `));
        }
      }),
    );
  });

  it('rule R19: the same awards for the candidates in any order', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray([...input.candidates], {
              minLength: input.candidates.length,
              maxLength: input.candidates.length,
            }),
          ),
        ),
        ([input, candidates]) => {
          expect(rankAndAward({ ...input, candidates })).toEqual(rankAndAward(input));
        },
      ),
    );
  });

  it('rule R19: held awards are kept from their source, however strong the newcomers', () => {
    fc.assert(
      fc.property(inputArb, fc.array(candidateArb, { maxLength: 10 }), (input, late) => {
        const first = rankAndAward(input);
        const sources = new Map(
          first.rows
            .filter((r) => r.outcome !== 'NOT_FUNDED')
            .map(
              (r) =>
                [r.id, r.outcome === 'FUNDED_FROM_RESERVE' ? 'RURAL_RESERVE' : 'GENERAL'] as const,
            ),
        );
        const known = new Set(input.candidates.map((c) => c.id));
        const newcomers = late
          .filter((c) => !known.has(c.id))
          .filter((c, i, all) => all.findIndex((o) => o.id === c.id) === i)
          .map((c) => ({ ...c, merit: 100, bonus: 50 }));
        const candidates: AwardCandidate[] = [
          ...input.candidates.map((c) =>
            sources.has(c.id) ? { ...c, held: sources.get(c.id) } : c,
          ),
          ...newcomers,
        ];
        const again = rankAndAward({ ...input, candidates });
        const rows = new Map(again.rows.map((r) => [r.id, r]));
        for (const [id, source] of sources) {
          const row = rows.get(id);
          expect(row?.held).toBe(true);
          expect(row?.outcome).toBe(
            source === 'RURAL_RESERVE' ? 'FUNDED_FROM_RESERVE' : 'FUNDED_FROM_GENERAL',
          );
        }
        expect(awarded(again) + again.remainingFen).toBe(input.budgetFen);
      }),
    );
  });
});
