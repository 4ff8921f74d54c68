import type { BidToRank } from './bid-scores';
import type { EvaluationCriterion } from './criteria';
import { CRITERIA } from './purchase-policy.fixture';
import { rankBids } from './ranking';

const T0 = new Date('2026-03-10T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const panel = (...sheets: Record<string, number>[]) =>
  sheets.map((scores, i) => ({ memberId: `m${i + 1}`, scores }));
const same = (scores: Record<string, number>) => panel(scores, scores, scores);

const BIDS: BidToRank[] = [
  {
    bidId: 'a',
    priceFen: 1_000_000,
    submittedAt: at(1),
    sheets: panel(
      { plan: 40, team: 16, rural: 10 },
      { plan: 42, team: 16, rural: 10 },
      { plan: 44, team: 16, rural: 10 },
    ),
  },
  {
    bidId: 'b',
    priceFen: 800_000,
    submittedAt: at(2),
    sheets: same({ plan: 45, team: 18, rural: 0 }),
  },
  {
    bidId: 'c',
    priceFen: 900_000,
    submittedAt: at(3),
    sheets: same({ plan: 30, team: 10, rural: 5 }),
  },
];

describe('rule R25: bids rank by the criteria announced before bidding', () => {
  it('averages the panel, scores the price against the lowest, and weighs the total out of 100', () => {
    const result = rankBids(CRITERIA, BIDS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ranking.map((r) => [r.bidId, r.rank, r.total])).toEqual([
      ['a', 1, 84],
      ['b', 2, 83],
      ['c', 3, 62.78],
    ]);
    expect(result.ranking[0].perCriterion).toEqual([
      { key: 'plan', score: 42 },
      { key: 'team', score: 16 },
      { key: 'rural', score: 10 },
      { key: 'price', score: 16 },
    ]);
  });

  it('rounds the published total half up from the exact value (32.175 → 32.18)', () => {
    const one: EvaluationCriterion[] = [
      { key: 'quality', name: 'quality', nameZh: '质量', weight: 100, max: 100 },
    ];
    const result = rankBids(one, [
      {
        bidId: 'x',
        priceFen: 1,
        submittedAt: T0,
        sheets: panel({ quality: 32.17 }, { quality: 32.18 }),
      },
    ]);
    expect(result.ok && result.ranking[0].total).toBe(32.18);
  });

  it('breaks a tie by the lower price, then the earlier submission', () => {
    const one: EvaluationCriterion[] = [
      { key: 'quality', name: 'quality', nameZh: '质量', weight: 100, max: 10 },
    ];
    const bid = (bidId: string, priceFen: number, minute: number): BidToRank => ({
      bidId,
      priceFen,
      submittedAt: at(minute),
      sheets: same({ quality: 8 }),
    });
    const result = rankBids(one, [bid('late', 500, 9), bid('dear', 600, 1), bid('early', 500, 2)]);
    expect(result.ok && result.ranking.map((r) => r.bidId)).toEqual(['early', 'late', 'dear']);
  });

  it('refuses a tilt factor that the announcement did not name, added after bidding (R12)', () => {
    const announced = CRITERIA.filter((c) => !c.tilt).map((c) =>
      c.key === 'plan' ? { ...c, weight: 60, max: 60 } : c,
    );
    const result = rankBids(announced, [
      { ...BIDS[1], sheets: same({ plan: 45, team: 18 }) },
      { ...BIDS[2], sheets: same({ plan: 30, team: 10, rural: 10 }) },
    ]);
    expect(result).toMatchObject({
      ok: false,
      code: 'RULE_R25_CRITERION_NOT_ANNOUNCED',
      field: 'bids.1.sheets.0.scores.rural',
    });
  });

  it.each([
    [
      'a score above the full score',
      { plan: 51, team: 10, rural: 5 },
      'bids.0.sheets.0.scores.plan',
    ],
    ['a negative score', { plan: 30, team: -1, rural: 5 }, 'bids.0.sheets.0.scores.team'],
    ['a third decimal', { plan: 30.125, team: 10, rural: 5 }, 'bids.0.sheets.0.scores.plan'],
    ['a missing score', { plan: 30, team: 10 }, 'bids.0.sheets.0.scores.rural'],
  ])('refuses %s', (_what, scores, field) => {
    const result = rankBids(CRITERIA, [{ ...BIDS[0], sheets: same(scores) }]);
    expect(result).toMatchObject({ ok: false, code: 'RULE_R25_SCORE_RANGE', field });
  });

  it('refuses a panel score of the price, which is computed', () => {
    const result = rankBids(CRITERIA, [
      { ...BIDS[1], sheets: same({ plan: 45, team: 18, rural: 0, price: 20 }) },
    ]);
    expect(result).toMatchObject({ ok: false, code: 'RULE_R25_CRITERION_NOT_ANNOUNCED' });
  });

  it('refuses bids scored by different panels (R18)', () => {
    const other = { ...BIDS[2], sheets: BIDS[2].sheets.slice(0, 2) };
    expect(rankBids(CRITERIA, [BIDS[0], other])).toMatchObject({
      ok: false,
      code: 'RULE_R18_PANEL_SHEETS',
      field: 'bids.1.sheets',
    });
  });

  it('refuses a price that is not positive whole fen (R26)', () => {
    expect(rankBids(CRITERIA, [{ ...BIDS[0], priceFen: 99.5 }])).toMatchObject({
      ok: false,
      code: 'RULE_R26_BID_PRICE',
    });
  });
});
