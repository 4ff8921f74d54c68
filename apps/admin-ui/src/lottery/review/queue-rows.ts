import type { ApplicationView, RankingRowView, RankingView } from '../../api/types';

/** One application in the review queue, with its place in the ranking once assessed. */
export interface QueueRow {
  application: ApplicationView;
  ranking?: RankingRowView;
}

/**
 * The review queue: the ranked applications in rank order (R13), then the undecided ones not
 * assessed yet (in the API's priority order), then the rest (rejected, refused or failed), which
 * no longer compete for the programme's money.
 */
export function queueRows(
  applications: readonly ApplicationView[],
  ranking?: Pick<RankingView, 'rows'>,
): QueueRow[] {
  const ranks = new Map((ranking?.rows ?? []).map((row) => [row.applicationId, row]));
  const rows = applications.map((application) => ({
    application,
    ranking: ranks.get(application.id),
  }));
  const ranked = rows
    .filter((row) => row.ranking)
    .sort((a, b) => a.ranking!.rank - b.ranking!.rank);
  const waiting = rows.filter((row) => !row.ranking && row.application.status === 'SUBMITTED');
  const out = rows.filter((row) => !row.ranking && row.application.status !== 'SUBMITTED');
  return [...ranked, ...waiting, ...out];
}

/** Why an undecided application may not be approved yet, as the API's refusal code (R13/R14). */
export type ApprovalBlock =
  'RULE_R13_NOT_ASSESSED' | 'RULE_R13_RANKING_INCOMPLETE' | 'RULE_R14_NOT_FUNDED_IN_RANK_ORDER';

/** Nothing when the ranking says it may be approved, else why not. */
export function approvalBlock(row: QueueRow, unassessed: number): ApprovalBlock | undefined {
  if (row.ranking?.approvable) return undefined;
  if (row.application.merit === undefined) return 'RULE_R13_NOT_ASSESSED';
  if (unassessed > 0 || !row.ranking) return 'RULE_R13_RANKING_INCOMPLETE';
  return 'RULE_R14_NOT_FUNDED_IN_RANK_ORDER';
}
