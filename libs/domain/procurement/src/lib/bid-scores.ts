import { criteriaProblem, EvaluationCriterion } from './criteria';
import { toHundredths } from './fraction';
import { PurchaseRefusal, refusal } from './purchase-policy';

/** One panel member's scores of one bid: announced PANEL criterion key → score. */
export interface PanelSheet {
  memberId: string;
  scores: Readonly<Record<string, number>>;
}

/** A bid as the panel ranks it. */
export interface BidToRank {
  bidId: string;
  /** The bid price in fen (R26), positive. */
  priceFen: number;
  /** When it was submitted (database clock): the last tie-breaker. */
  submittedAt: Date;
  sheets: readonly PanelSheet[];
}

const members = (bid: BidToRank) =>
  bid.sheets
    .map((s) => s.memberId)
    .sort()
    .join('\u0000');

/**
 * rule R25, rule R18, rule R12: bids and score sheets the panel may rank against the announced
 * criteria: unique bid ids, positive whole prices in fen, valid submission times; each bid scored
 * by the same panel members, each once; every PANEL criterion scored from 0 to its full score
 * with at most 2 decimals; and nothing else scored: a key that was not announced, such as a tilt
 * factor added after bidding (R12), or the PRICE criterion (computed), is refused.
 */
export function bidScoresProblem(
  criteria: readonly EvaluationCriterion[],
  bids: readonly BidToRank[],
): PurchaseRefusal | null {
  const problem = criteriaProblem(criteria);
  if (problem) return problem;
  const panel = criteria.filter((c) => c.kind !== 'PRICE');
  const ids = new Set<string>();
  for (const [i, bid] of bids.entries()) {
    const at = `bids.${i}`;
    if (typeof bid.bidId !== 'string' || bid.bidId === '' || ids.has(bid.bidId)) {
      return refusal('R25', 'BID_ID', `${at}.bidId`, 'bid ids must be unique', '投标编号须唯一');
    }
    ids.add(bid.bidId);
    if (!Number.isSafeInteger(bid.priceFen) || bid.priceFen <= 0) {
      return refusal(
        'R26',
        'BID_PRICE',
        `${at}.priceFen`,
        `the bid price must be a positive whole number of fen, got ${String(bid.priceFen)}`,
        `投标报价须为正整数（分），实际为 ${String(bid.priceFen)}`,
      );
    }
    if (!(bid.submittedAt instanceof Date) || Number.isNaN(bid.submittedAt.getTime())) {
      return refusal(
        'R25',
        'BID_TIME',
        `${at}.submittedAt`,
        'invalid submission time',
        '提交时间无效',
      );
    }
    const memberIds = new Set(bid.sheets.map((s) => s.memberId));
    if (
      bid.sheets.length === 0 ||
      memberIds.size !== bid.sheets.length ||
      members(bid) !== members(bids[0])
    ) {
      return refusal(
        'R18',
        'PANEL_SHEETS',
        `${at}.sheets`,
        'every bid is scored once by each member of the same panel',
        '每份投标须由同一评审小组的每位成员各评分一次',
      );
    }
    for (const [j, sheet] of bid.sheets.entries()) {
      const where = `${at}.sheets.${j}.scores`;
      for (const c of panel) {
        const h = toHundredths(sheet.scores[c.key]);
        if (h === null || h < 0n || h > BigInt(c.max) * 100n) {
          return refusal(
            'R25',
            'SCORE_RANGE',
            `${where}.${c.key}`,
            `the score for ${c.name} must be from 0 to ${c.max} with at most 2 decimals, got ${String(sheet.scores[c.key])}`,
            `“${c.nameZh}”的得分须为 0 至 ${c.max}、至多两位小数，实际为 ${String(sheet.scores[c.key])}`,
          );
        }
      }
      const extra = Object.keys(sheet.scores).find((k) => !panel.some((c) => c.key === k));
      if (extra !== undefined) {
        return refusal(
          'R25',
          'CRITERION_NOT_ANNOUNCED',
          `${where}.${extra}`,
          `${extra} is not a panel criterion announced before bidding; no factor (an R12 tilt included) is added afterwards`,
          `${extra} 不是投标前公告的评审因素；任何因素（包括 R12 倾斜因素）不得事后增加`,
        );
      }
    }
  }
  return null;
}
