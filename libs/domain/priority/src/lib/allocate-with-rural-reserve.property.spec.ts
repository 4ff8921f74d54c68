import fc from 'fast-check';
import { percentOf } from '@civic/domain/money';
import { allocateWithRuralReserve } from './allocate-with-rural-reserve';
import { AllocationResult, ReserveCandidate } from './allocation-types';

const candidatesArb = (maxAmount: number) =>
  fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      amount: fc.integer({ min: 1, max: maxAmount }),
      rural: fc.boolean(),
      rankScore: fc.integer({ min: 0, max: 50 }).map((n) => n / 2),
    }),
    { selector: (c) => c.id, maxLength: 30 },
  );
const budgetArb = fc.integer({ min: 0, max: 2_000_000 });
const percentArb = fc.oneof(
  fc.constantFrom(0, 30, 100),
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
);
const inputArb = fc.record({
  budget: budgetArb,
  reservePercent: percentArb,
  candidates: candidatesArb(500_000),
});

const byRank = (a: ReserveCandidate, b: ReserveCandidate) =>
  b.rankScore - a.rankScore || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Plain greedy by rank: fund each candidate whose amount fits what is left. */
function plainGreedy(budget: number, candidates: ReserveCandidate[]): string[] {
  let left = budget;
  return [...candidates].sort(byRank).flatMap((c) => {
    if (c.amount > left) return [];
    left -= c.amount;
    return [c.id];
  });
}

/** What a greedy, skip-what-does-not-fit pass of rural amounts in rank order puts into the reserve. */
function greedyFill(capacity: number, amounts: number[]): number {
  return amounts.reduce((filled, a) => (filled + a <= capacity ? filled + a : filled), 0);
}

const awardedTo = (result: AllocationResult, ids: Set<string>) =>
  sum(result.awards.filter((a) => ids.has(a.id)).map((a) => a.amount));

describe('rule R14: rural reserve allocation properties', () => {
  it('rule R14: never exceeds the budget, and awarded + remaining = budget', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = allocateWithRuralReserve(input);
        const awarded = sum(r.awards.map((a) => a.amount));
        expect(awarded).toBeLessThanOrEqual(input.budget);
        expect(awarded + r.remaining).toBe(input.budget);
        expect(r.reserveUsed + r.generalUsed).toBe(awarded);
        expect(r.reserve).toBe(percentOf(input.budget, input.reservePercent));
        expect(r.reserveUsed).toBeLessThanOrEqual(r.reserve);
        expect(r.reserveUsed + r.reserveReturned).toBe(r.reserve);
        expect(r.remaining).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('rule R14: every candidate is decided exactly once, for its full amount, never negative', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = allocateWithRuralReserve(input);
        const awardIds = r.awards.map((a) => a.id);
        const notFundedIds = r.notFunded.map((n) => n.id);
        expect(new Set(awardIds).size).toBe(awardIds.length);
        expect([...awardIds, ...notFundedIds].sort()).toEqual(
          input.candidates.map((c) => c.id).sort(),
        );
        const requested = new Map(input.candidates.map((c) => [c.id, c]));
        for (const award of r.awards) {
          expect(award.amount).toBeGreaterThan(0);
          expect(award.amount).toBe(requested.get(award.id)?.amount);
          if (award.source === 'RURAL_RESERVE') expect(requested.get(award.id)?.rural).toBe(true);
        }
        expect(r.decisions.map((d) => d.id)).toEqual(
          [...input.candidates].sort(byRank).map((c) => c.id),
        );
        expect(r.decisions.map((d) => d.rank)).toEqual(r.decisions.map((_, i) => i + 1));
        const outcomes = new Map(r.decisions.map((d) => [d.id, d.outcome]));
        for (const id of notFundedIds) expect(outcomes.get(id)).toBe('NOT_FUNDED');
      }),
    );
  });

  it('rule R14: nothing left over could have funded an unfunded candidate (the reserve is never lost)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = allocateWithRuralReserve(input);
        const amounts = new Map(input.candidates.map((c) => [c.id, c.amount]));
        for (const { id } of r.notFunded) expect(amounts.get(id)).toBeGreaterThan(r.remaining);
        if (sum(input.candidates.map((c) => c.amount)) <= input.budget) {
          expect(r.notFunded).toEqual([]);
        }
      }),
    );
  });

  it('rule R14: no unfunded candidate would have fit the pool when its turn came', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = allocateWithRuralReserve(input);
        const ranked = [...input.candidates].sort(byRank);
        const position = new Map(ranked.map((c, i) => [c.id, i]));
        const general = r.awards.filter((a) => a.source === 'GENERAL');
        for (const { id } of r.notFunded) {
          const poolAtTurn =
            input.budget -
            r.reserveUsed -
            sum(
              general.filter((a) => position.get(a.id)! < position.get(id)!).map((a) => a.amount),
            );
          expect(ranked[position.get(id)!].amount).toBeGreaterThan(poolAtTurn);
        }
      }),
    );
  });

  it('rule R14: rural candidates receive at least what a greedy pass in rank order would put in the reserve', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = allocateWithRuralReserve(input);
        const rural = [...input.candidates].filter((c) => c.rural).sort(byRank);
        const ruralIds = new Set(rural.map((c) => c.id));
        const floor = greedyFill(
          r.reserve,
          rural.map((c) => c.amount),
        );
        expect(awardedTo(r, ruralIds)).toBeGreaterThanOrEqual(floor);
        expect(r.reserveUsed).toBe(floor);
        if (sum(rural.map((c) => c.amount)) <= r.reserve) {
          expect(r.awards.filter((a) => ruralIds.has(a.id))).toHaveLength(rural.length);
        }
      }),
    );
  });

  it('rule R14: with reservePercent 0 the result is plain greedy by rank', () => {
    fc.assert(
      fc.property(budgetArb, candidatesArb(500_000), (budget, candidates) => {
        const r = allocateWithRuralReserve({ budget, reservePercent: 0, candidates });
        expect(r.awards.map((a) => a.id)).toEqual(plainGreedy(budget, candidates));
        expect(r.awards.every((a) => a.source === 'GENERAL')).toBe(true);
        expect(r.reserve).toBe(0);
      }),
    );
  });

  it('rule R14 / R16: seats: everyone up to capacity is admitted, rural applicants get at least the reserved seats', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.uniqueArray(
          fc.record({ id: fc.uuid(), rural: fc.boolean(), rankScore: fc.nat({ max: 100 }) }),
          {
            selector: (c) => c.id,
            maxLength: 60,
          },
        ),
        (capacity, applicants) => {
          const candidates = applicants.map((a) => ({ ...a, amount: 1 }));
          const r = allocateWithRuralReserve({
            budget: capacity,
            reservePercent: 30,
            candidates,
            unit: 'SEAT',
          });
          const ruralCount = candidates.filter((c) => c.rural).length;
          const ruralAdmitted = r.awards.filter(
            (a) => candidates.find((c) => c.id === a.id)?.rural,
          ).length;
          expect(r.awards).toHaveLength(Math.min(capacity, candidates.length));
          expect(ruralAdmitted).toBeGreaterThanOrEqual(Math.min(ruralCount, r.reserve));
          expect(r.reserve).toBe(Math.floor((capacity * 3) / 10));
        },
      ),
    );
  });

  it('rule R14: holding what an allocation awarded and allocating again changes nothing', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = allocateWithRuralReserve(input);
        const source = new Map(first.awards.map((a) => [a.id, a.source]));
        const again = allocateWithRuralReserve({
          ...input,
          candidates: input.candidates.map((c) => ({ ...c, held: source.get(c.id) })),
        });
        expect(again.awards).toEqual(first.awards);
        expect(again.remaining).toBe(first.remaining);
        expect(again.reserveUsed).toBe(first.reserveUsed);
      }),
    );
  });

  it('rule R14: a late, better-ranked candidate never takes a held award away', () => {
    fc.assert(
      fc.property(inputArb, candidatesArb(500_000), (input, late) => {
        const first = allocateWithRuralReserve(input);
        const source = new Map(first.awards.map((a) => [a.id, a.source]));
        const known = new Set(input.candidates.map((c) => c.id));
        const newcomers = late
          .filter((c) => !known.has(c.id))
          .map((c) => ({ ...c, rankScore: c.rankScore + 100 }));
        const after = allocateWithRuralReserve({
          ...input,
          candidates: [
            ...input.candidates.map((c) => ({ ...c, held: source.get(c.id) })),
            ...newcomers,
          ],
        });
        const awarded = sum(after.awards.map((a) => a.amount));
        for (const award of first.awards) expect(after.awards).toContainEqual(award);
        expect(awarded).toBeLessThanOrEqual(input.budget);
        expect(awarded + after.remaining).toBe(input.budget);
      }),
    );
  });
});
