import type { ProposalStatus } from './proposal-status';
import type { VentureRefusal } from './violation';

/** A ranked proposal as the round's conclusion reads it (the call's ranking row). */
export interface RankedProposal {
  proposalId: string;
  status: ProposalStatus;
  outcome: 'FUNDED_FROM_RESERVE' | 'FUNDED_FROM_GENERAL' | 'NOT_FUNDED';
  /** Why the ranking places it so, as the ranking words it (below the cut-off, budget spent…). */
  message: string;
  messageZh: string;
}

/** A call's round as it stands when an officer asks to conclude it. */
export interface RoundToConclude {
  concluded: boolean;
  deadlinePassed: boolean;
  drawn: boolean;
  /** Submitted proposals whose reviews are not all in. */
  incomplete: number;
  rows: readonly RankedProposal[];
}

export type ConcludeRefusalReason =
  'CONCLUDED' | 'NOT_DRAWN' | 'REVIEWS_INCOMPLETE' | 'AWARDS_PENDING';

/** Each proposal the round passes over, with why, in both languages. */
export interface PassedOver {
  proposalId: string;
  reason: { zh: string; en: string };
}

export type ConcludeDecision =
  { ok: true; passedOver: PassedOver[] } | (VentureRefusal & { reason: ConcludeRefusalReason });

const refuse = (
  reason: ConcludeRefusalReason,
  message: string,
  messageZh: string,
): ConcludeDecision => ({ ok: false, reason, message, messageZh });

/**
 * rule R19: an officer concludes a call's round once its ranking is final and every proposal it
 * funds is awarded; every submitted proposal left is then passed over (NOT_AWARDED) and its
 * organization told why, and no award is made after. Refused before the draw, while reviews are
 * missing, while the ranking still funds a proposal not yet awarded, and a second time.
 */
export function concludeRound(round: RoundToConclude): ConcludeDecision {
  if (round.concluded) {
    return refuse(
      'CONCLUDED',
      'rule R19: the round is concluded already',
      '规则 R19：本轮评选已经结束',
    );
  }
  if (!round.deadlinePassed || !round.drawn) {
    return refuse(
      'NOT_DRAWN',
      'rule R19: a round concludes after its deadline and the reviewers’ draw',
      '规则 R19：须在截止并抽取评审专家后才能结束评选',
    );
  }
  if (round.incomplete > 0) {
    return refuse(
      'REVIEWS_INCOMPLETE',
      `rule R19: ${round.incomplete} proposal(s) still miss reviews`,
      `规则 R19：还有 ${round.incomplete} 份项目书未完成评审`,
    );
  }
  const pending = round.rows.filter((r) => r.status === 'SUBMITTED' && r.outcome !== 'NOT_FUNDED');
  if (pending.length > 0) {
    return refuse(
      'AWARDS_PENDING',
      `rule R19: the ranking funds ${pending.length} proposal(s) not yet awarded; award them first`,
      `规则 R19：排名内还有 ${pending.length} 份项目书应予资助但尚未决定，请先作出资助决定`,
    );
  }
  return {
    ok: true,
    passedOver: round.rows
      .filter((r) => r.status === 'SUBMITTED')
      .map((r) => ({ proposalId: r.proposalId, reason: { zh: r.messageZh, en: r.message } })),
  };
}
