import { SEED_POLICIES } from '@civic/domain/policy';
import type { DrawView } from '@civic/contracts';
import type { VentureCall } from '../calls/call.entity';
import type { DrawRecord } from './reviews.repository';

/** A drawn call: each proposal's panel by name, and every recusal with its clauses (R18). */
export function drawView(call: VentureCall, record: DrawRecord): DrawView {
  const { assignments, recusals, proposals, reviewers } = record;
  const name = (id: string) => reviewers.find((r) => r.id === id)?.name ?? '';
  const title = (id: string) => proposals.find((p) => p.id === id)?.title ?? '';
  return {
    callId: call.id,
    seed: call.drawSeed ?? 0,
    drawnAt: (call.drawnAt ?? new Date(0)).toISOString(),
    // Draws made before policies were stamped used the first CONFLICTS version.
    policyVersion: call.drawPolicyVersion ?? SEED_POLICIES.CONFLICTS.version,
    assignments: proposals.map((p) => ({
      proposalId: p.id,
      proposalTitle: p.title,
      reviewerNames: assignments
        .filter((a) => a.proposalId === p.id)
        .map((a) => name(a.reviewerId))
        .sort(),
    })),
    recusals: recusals.map((r) => ({
      proposalId: r.proposalId,
      proposalTitle: title(r.proposalId),
      reviewerId: r.reviewerId,
      reviewerName: name(r.reviewerId),
      clauses: r.clauses,
      loggedAt: r.loggedAt.toISOString(),
    })),
  };
}
