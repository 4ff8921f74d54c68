import type { ReviewTaskView, ScoreSheetsView } from '@civic/contracts';
import type { VentureCall } from '../calls/call.entity';
import type { Proposal } from '../proposals/proposal.entity';
import { blindView } from '../proposals/proposal.mapper';
import type { ReviewAssignment } from './assignment.entity';
import type { ReviewSheets } from './reviews.repository';

/**
 * A reviewer's task: the proposal blind to who proposes it (R18), the scores given, and whether
 * its call's awards began, so the scores are final (R19, scoresOpen).
 */
export function taskView(
  p: Proposal,
  calls: VentureCall[],
  a: ReviewAssignment,
  awardsBegun: boolean,
): ReviewTaskView {
  return {
    proposal: blindView(p, calls.find((c) => c.id === p.callId)?.name ?? ''),
    awardsBegun,
    ...(a.scores ? { scores: a.scores } : {}),
    ...(a.comment ? { comment: a.comment } : {}),
    ...(a.scoredAt ? { scoredAt: new Date(a.scoredAt).toISOString() } : {}),
  };
}

/** Every reviewer's sheet in a call, by proposal title then reviewer name (R17). */
export function scoreSheetsView(
  callId: string,
  { assignments, proposals, reviewers }: ReviewSheets,
): ScoreSheetsView {
  const sheets = assignments.map((a) => {
    const proposal = proposals.find((p) => p.id === a.proposalId)!;
    return {
      proposalId: a.proposalId,
      proposalTitle: proposal.title,
      organizationName: proposal.organizationName,
      reviewerId: a.reviewerId,
      reviewerName: reviewers.find((r) => r.id === a.reviewerId)?.name ?? '',
      ...(a.scores ? { scores: a.scores } : {}),
      ...(a.comment ? { comment: a.comment } : {}),
      ...(a.scoredAt ? { scoredAt: new Date(a.scoredAt).toISOString() } : {}),
    };
  });
  sheets.sort(
    (x, y) =>
      x.proposalTitle.localeCompare(y.proposalTitle, 'zh-CN') ||
      x.proposalId.localeCompare(y.proposalId) ||
      x.reviewerName.localeCompare(y.reviewerName, 'zh-CN') ||
      x.reviewerId.localeCompare(y.reviewerId),
  );
  return {
    callId,
    drawn: sheets.length,
    scored: sheets.filter((s) => s.scores !== undefined).length,
    sheets,
  };
}
