import { bidScoresProblem, BidToRank } from './bid-scores';
import { EvaluationCriterion } from './criteria';
import { addFraction, Fraction, hundredthsHalfUp, toHundredths } from './fraction';
import { PurchaseRefusal } from './purchase-policy';

/** A bid's place in the ranking, with what it is made of, as the result publishes it. */
export interface RankedBid {
  bidId: string;
  /** 1 is the first; every bid has its own rank (ties are broken). */
  rank: number;
  /** The weighted total out of 100, rounded half up to 2 decimals. */
  total: number;
  /** Each criterion's score in its own scale (panel mean, or the price score), 2 decimals. */
  perCriterion: { key: string; score: number }[];
  priceFen: number;
  submittedAt: Date;
}

export type Ranking = { ok: true; ranking: RankedBid[] } | PurchaseRefusal;

const asNumber = (hundredths: bigint) => Number(hundredths) / 100;

function scoresOf(criteria: readonly EvaluationCriterion[], bid: BidToRank, lowestFen: number) {
  const count = BigInt(bid.sheets.length);
  let total: Fraction = { n: 0n, d: 1n };
  const perCriterion = criteria.map((c) => {
    const weight = BigInt(c.weight);
    const max = BigInt(c.max);
    // Score in the criterion's own scale, and its share of the total: weight × score / max.
    let score: Fraction;
    if (c.kind === 'PRICE') {
      score = { n: max * BigInt(lowestFen), d: BigInt(bid.priceFen) };
    } else {
      const sum = bid.sheets.reduce(
        (s, sheet) => s + (toHundredths(sheet.scores[c.key]) ?? 0n),
        0n,
      );
      score = { n: sum, d: 100n * count };
    }
    total = addFraction(total, { n: weight * score.n, d: max * score.d });
    return { key: c.key, score: asNumber(hundredthsHalfUp(score)) };
  });
  return { total: hundredthsHalfUp(total), perCriterion };
}

/**
 * rule R25, rule R18, rule R12: rank bids by the criteria announced before bidding (综合评分法).
 * Each PANEL criterion scores the mean of the members' scores; the PRICE criterion, if announced,
 * scores `max × lowest price / bid price` (the lowest-price benchmark, 财政部令第87号 art. 55).
 * The total is Σ weight × score / max, out of 100, computed exactly and rounded half up to 2
 * decimals; bids rank by that published total, descending, then by lower price, then by earlier
 * submission, then by bid id. Bids and sheets must pass bidScoresProblem, which refuses any
 * score of a criterion that was not announced (so an R12 tilt can never be added afterwards).
 */
export function rankBids(
  criteria: readonly EvaluationCriterion[],
  bids: readonly BidToRank[],
): Ranking {
  const problem = bidScoresProblem(criteria, bids);
  if (problem) return problem;
  const lowestFen = Math.min(...bids.map((b) => b.priceFen));
  const scored = bids.map((bid) => ({ bid, ...scoresOf(criteria, bid, lowestFen) }));
  scored.sort(
    (a, b) =>
      (a.total === b.total ? 0 : a.total > b.total ? -1 : 1) ||
      a.bid.priceFen - b.bid.priceFen ||
      a.bid.submittedAt.getTime() - b.bid.submittedAt.getTime() ||
      (a.bid.bidId < b.bid.bidId ? -1 : a.bid.bidId > b.bid.bidId ? 1 : 0),
  );
  return {
    ok: true,
    ranking: scored.map((s, i) => ({
      bidId: s.bid.bidId,
      rank: i + 1,
      total: asNumber(s.total),
      perCriterion: s.perCriterion,
      priceFen: s.bid.priceFen,
      submittedAt: s.bid.submittedAt,
    })),
  };
}
