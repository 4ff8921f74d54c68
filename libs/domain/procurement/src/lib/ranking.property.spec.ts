import fc from 'fast-check';
import type { BidToRank } from './bid-scores';
import { CRITERIA } from './purchase-policy.fixture';
import { rankBids } from './ranking';

const PANEL = CRITERIA.filter((c) => c.kind !== 'PRICE');
const score = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((h) => h / 2);
const sheetArb = fc.record(Object.fromEntries(PANEL.map((c) => [c.key, score(c.max)])));
const bidsArb: fc.Arbitrary<BidToRank[]> = fc
  .array(
    fc.record({
      priceFen: fc.integer({ min: 1, max: 1e10 }),
      minute: fc.integer({ min: 0, max: 10_000 }),
      sheets: fc.array(sheetArb, { minLength: 3, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((bids) =>
    bids.map((b, i) => ({
      bidId: `bid-${i}`,
      priceFen: b.priceFen,
      submittedAt: new Date(Date.UTC(2026, 2, 1) + b.minute * 60_000),
      sheets: b.sheets.map((scores, j) => ({ memberId: `m${j}`, scores })),
    })),
  );

describe('rule R25, rule R12: ranking properties', () => {
  it('ranks every bid once, 1 to n, totals from 100 down to 0 in order', () => {
    fc.assert(
      fc.property(bidsArb, (bids) => {
        const result = rankBids(CRITERIA, bids);
        if (!result.ok) throw new Error(result.message);
        expect(result.ranking.map((r) => r.rank)).toEqual(bids.map((_, i) => i + 1));
        expect(new Set(result.ranking.map((r) => r.bidId)).size).toBe(bids.length);
        result.ranking.forEach((r, i) => {
          expect(r.total).toBeGreaterThanOrEqual(0);
          expect(r.total).toBeLessThanOrEqual(100);
          if (i > 0) expect(r.total).toBeLessThanOrEqual(result.ranking[i - 1].total);
        });
      }),
    );
  });

  it('does not depend on the order the bids are given in', () => {
    const withShuffle = bidsArb.chain((bids) =>
      fc.tuple(
        fc.constant(bids),
        fc.shuffledSubarray(bids, { minLength: bids.length, maxLength: bids.length }),
      ),
    );
    fc.assert(
      fc.property(withShuffle, ([bids, shuffled]) => {
        expect(rankBids(CRITERIA, shuffled)).toEqual(rankBids(CRITERIA, bids));
      }),
    );
  });

  it('the lowest price always gets the full price score', () => {
    fc.assert(
      fc.property(bidsArb, (bids) => {
        const result = rankBids(CRITERIA, bids);
        if (!result.ok) throw new Error(result.message);
        const lowest = Math.min(...bids.map((b) => b.priceFen));
        for (const r of result.ranking.filter((x) => x.priceFen === lowest)) {
          expect(r.perCriterion.find((c) => c.key === 'price')?.score).toBe(20);
        }
      }),
    );
  });

  it('refuses any score of a key that was not announced, whatever it is called (R12 tilt never added)', () => {
    const announced = new Set(CRITERIA.map((c) => c.key));
    fc.assert(
      fc.property(
        bidsArb,
        fc.stringMatching(/^[a-z][a-z_]{0,12}$/).filter((k) => !announced.has(k)),
        fc.nat(),
        (bids, key, pick) => {
          const i = pick % bids.length;
          const sheets = bids[i].sheets.map((s, j) =>
            j === 0 ? { ...s, scores: { ...s.scores, [key]: 1 } } : s,
          );
          const tampered = bids.map((b, k) => (k === i ? { ...b, sheets } : b));
          expect(rankBids(CRITERIA, tampered)).toMatchObject({
            ok: false,
            code: 'RULE_R25_CRITERION_NOT_ANNOUNCED',
            field: `bids.${i}.sheets.0.scores.${key}`,
          });
        },
      ),
    );
  });
});
