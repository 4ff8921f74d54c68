import type { VentureRankingView } from '@civic/contracts';
import { meritOf, rankAndAward } from '@civic/domain/venture';
import type { VentureCall } from '../calls/call.entity';
import type { RankingInputs } from './awards.repository';

/**
 * A call's ranking (R13, R14, R19): each submitted proposal whose reviews are all in has its merit
 * (the weighted mean of its reviewers' scores), is ranked by merit × (1 + bonus/100) and funded in
 * that order within the budget, rural organizations first from the reserve; awards already made
 * keep their money. A row is awardable when every review in the call is in and the ranking funds it.
 */
export function rankCall(
  call: VentureCall,
  { proposals, assignments, awards }: RankingInputs,
): VentureRankingView {
  const rubric = { criteria: call.rubric };
  const scored = proposals.flatMap((p) => {
    const mine = assignments.filter((a) => a.proposalId === p.id);
    if (mine.length === 0 || mine.some((a) => a.scores === null)) return [];
    return [
      {
        proposal: p,
        reviews: mine.length,
        merit: meritOf(
          rubric,
          mine.map((a) => a.scores!),
        ),
      },
    ];
  });
  const incomplete = proposals.length - scored.length;
  const result = rankAndAward({
    budgetFen: call.budgetFen,
    reservePercent: call.ruralReservePercent,
    candidates: scored.map(({ proposal: p, merit }) => {
      const award = awards.find((a) => a.id === p.id);
      return {
        id: p.id,
        merit: merit.merit,
        bonus: p.priorityBonus,
        rural: p.organizationAreaType === 'RURAL',
        requestedFen: p.requestedFen,
        ...(award ? { held: award.source } : {}),
      };
    }),
  });
  return {
    callId: call.id,
    budgetFen: call.budgetFen,
    reserveFen: result.reserveFen,
    reserveUsedFen: result.reserveUsedFen,
    reserveReturnedFen: result.reserveReturnedFen,
    remainingFen: result.remainingFen,
    incomplete,
    rows: result.rows.map((row) => {
      const { proposal: p, merit, reviews } = scored.find((s) => s.proposal.id === row.id)!;
      return {
        proposalId: p.id,
        title: p.title,
        organizationName: p.organizationName,
        rural: p.organizationAreaType === 'RURAL',
        requestedFen: p.requestedFen,
        merit: row.merit,
        criteria: merit.perCriterion,
        reviews,
        bonus: row.bonus,
        reasons: p.priority.reasons,
        rankScore: row.rankScore,
        rank: row.rank,
        outcome: row.outcome,
        held: row.held,
        message: row.message,
        messageZh: row.messageZh,
        awardable: p.status === 'SUBMITTED' && row.outcome !== 'NOT_FUNDED' && incomplete === 0,
        status: p.status,
        // issue #17: the call's added questions, answered, for the ranking export.
        answers: p.answers,
      };
    }),
  };
}
