import type {
  DisbursementProgressView,
  FundingSharesView,
  MoneyFiguresView,
  PolicyShareView,
} from '@civic/contracts';
import { shareAgainst, shareOf, UNKNOWN_STREET_CODE } from '@civic/domain/dashboards';
import type { TallyGroup } from '@civic/platform/tallies';
import type { FUNDING_TALLY, FundingMeasure } from './funding-tally';

export type FundingGroup = TallyGroup<typeof FUNDING_TALLY.dims, FundingMeasure>;

/** A policy target a share is held against: its percent and the version it comes from. */
export interface ShareTarget {
  percent: number;
  version: string;
}

const sum = (groups: readonly FundingGroup[], measure: FundingMeasure) =>
  groups.reduce((n, g) => n + g.sums[measure], 0);

/** Whether a group's prefix is that of the unknown street (the recipient's area not known). */
export function isUnknownArea(group: FundingGroup): boolean {
  const prefix = group.prefix ?? '';
  return prefix.length > 0 && UNKNOWN_STREET_CODE.startsWith(prefix);
}

/** rule R26, rule R27, rule R28: the money of tally groups, summed. */
export function moneyFigures(groups: readonly FundingGroup[]): MoneyFiguresView {
  return {
    commitments: sum(groups, 'commitments'),
    committedFen: sum(groups, 'committed_fen'),
    awaitingBatchFen: sum(groups, 'awaiting_batch_fen'),
    inBatchFen: sum(groups, 'in_batch_fen'),
    paidFen: sum(groups, 'paid_fen'),
    failedFen: sum(groups, 'failed_fen'),
    releasedFen: sum(groups, 'released_fen'),
    clawedBackFen: sum(groups, 'clawed_back_fen'),
    recoveredFen: sum(groups, 'recovered_fen'),
  };
}

/** A share with its rule and target; without a number, target and met are null (R10, R12). */
function policyShare(
  rule: string,
  part: number,
  whole: number,
  target: ShareTarget | null,
): PolicyShareView {
  if (!target) {
    return { ...shareOf(part, whole), rule, targetPercent: null, met: null, policyVersion: null };
  }
  return { ...shareAgainst(part, whole, target.percent), rule, policyVersion: target.version };
}

/**
 * The shares of committed money net of releases (`committed`) or of paid money (`paid`), among
 * recipients finance knows (unknown ones are in no part and no whole): rural against the R14
 * reserve, public welfare and government functions (R12) and Party-led (R10) without a number, and
 * eldercare of the lottery fund's social-welfare use against the R21 floor. Never 0 % for a part
 * above zero (shareOf).
 */
export function fundingShares(
  groups: readonly FundingGroup[],
  stage: 'committed' | 'paid',
  targets: { reserve: ShareTarget; eldercare: ShareTarget },
): FundingSharesView {
  const known = groups.filter((g) => !isUnknownArea(g));
  const whole =
    stage === 'committed'
      ? sum(known, 'committed_fen') - sum(known, 'released_fen')
      : sum(known, 'paid_fen');
  const part = (fact: string) => sum(known, `${fact}_${stage}_fen` as FundingMeasure);
  return {
    rural: policyShare('R14', part('rural'), whole, targets.reserve),
    publicWelfare: policyShare('R12', part('public_welfare'), whole, null),
    governmentFunctions: policyShare('R12', part('government_functions'), whole, null),
    eldercare: policyShare('R21', part('eldercare'), part('welfare_use'), targets.eldercare),
    partyLed: policyShare('R10', part('party_led'), whole, null),
  };
}

/** rule R28: how far committed money has gone: in a batch, paid and released, shares of committed. */
export function disbursementProgress(totals: MoneyFiguresView): DisbursementProgressView {
  return {
    ...totals,
    inBatch: shareOf(totals.inBatchFen, totals.committedFen),
    paid: shareOf(totals.paidFen, totals.committedFen),
    released: shareOf(totals.releasedFen, totals.committedFen),
  };
}

/** Groups by the first `length` digits of their street code, in code order. */
export function byPrefix(
  groups: readonly FundingGroup[],
  length: number,
): Map<string, FundingGroup[]> {
  const map = new Map<string, FundingGroup[]>();
  for (const group of groups) {
    const code = (group.prefix ?? '').slice(0, length);
    const list = map.get(code);
    if (list) list.push(group);
    else map.set(code, [group]);
  }
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : 1)));
}
