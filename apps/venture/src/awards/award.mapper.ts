import type { AwardView } from '@civic/contracts';
import { clawbackOf, trancheRelease } from '@civic/domain/venture';
import type { Proposal } from '../proposals/proposal.entity';
import type { Award } from './award.entity';
import type { AwardViewParts } from './awards.repository';
import type { Tranche } from './tranche.entity';
import { trancheStates } from './tranche-release';

/** Awards with their proposals' titles and their tranches, in the order given. */
export function awardViews(awards: Award[], { proposals, tranches }: AwardViewParts): AwardView[] {
  return awards.map((a) =>
    awardView(
      a,
      proposals.find((p) => p.id === a.id)!,
      tranches.filter((t) => t.awardId === a.id),
    ),
  );
}

/** An award with what each tranche waits for (R19) and what may be clawed back. */
export function awardView(award: Award, proposal: Proposal, tranches: Tranche[]): AwardView {
  const states = trancheStates(tranches);
  return {
    id: award.id,
    callId: award.callId,
    title: proposal.title,
    organizationName: proposal.organizationName,
    amountFen: award.amountFen,
    source: award.source,
    rank: award.rank,
    comment: award.comment,
    status: award.status,
    ...(award.statusReason ? { statusReason: award.statusReason } : {}),
    tranches: tranches.map((t, index) => {
      const check = trancheRelease(states, index);
      return {
        id: t.id,
        position: t.position,
        key: t.key,
        percent: t.percent,
        amountFen: t.amountFen,
        milestone: t.milestone,
        ...(t.report ? { report: t.report } : {}),
        ...(t.reviewComment ? { reviewComment: t.reviewComment } : {}),
        payment: t.payment,
        ...(t.payment === 'NOT_RELEASED' && !check.ok && check.reason !== 'ALREADY_RELEASED'
          ? {
              heldBecause: {
                reason: check.reason,
                message: check.message,
                messageZh: check.messageZh,
              },
            }
          : {}),
        ...(t.releasedAt ? { releasedAt: new Date(t.releasedAt).toISOString() } : {}),
        ...(t.bankReference ? { bankReference: t.bankReference } : {}),
        ...(t.paidAt ? { paidAt: new Date(t.paidAt).toISOString() } : {}),
        ...(t.statusReason ? { statusReason: t.statusReason } : {}),
      };
    }),
    clawback: clawbackOf(
      trancheStates(tranches, 'PAID'),
      award.clawbacks.reduce((sum, c) => sum + c.amountFen, 0),
    ),
    ...(award.clawbacks.length
      ? { clawbackOpened: award.clawbacks[award.clawbacks.length - 1] }
      : {}),
    clawbacks: award.clawbacks,
    releasedFen: award.releasedFen,
    decidedAt: new Date(award.decidedAt ?? Date.now()).toISOString(),
  };
}
