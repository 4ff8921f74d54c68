import type { RankingView } from '@civic/contracts';
import { AreaType } from '@civic/domain/organizations';
import { allocateWithRuralReserve, rankCandidates } from '@civic/domain/priority';
import type { SubsidyProgramme } from '../programmes/entities/subsidy-programme.entity';
import type { RankedApplication } from './applications.repository';

/**
 * The programme's assessed applications ranked by merit × (1 + bonus/100) (R13) and allocated in
 * that order within the budget, rural organizations first from the rural reserve (R14). Approved
 * applications keep the money they were given (`fundingSource`), so a late, better-ranked
 * application never takes it away. An undecided row is approvable when it is funded and every
 * competing application is assessed, so approvals follow the whole ranking.
 */
export function rankProgramme(
  programme: SubsidyProgramme,
  applications: readonly RankedApplication[],
): RankingView {
  const assessed = applications.filter((a) => a.merit !== null && a.merit !== undefined);
  const unassessed = applications.length - assessed.length;
  const ranked = rankCandidates(
    assessed.map((a) => ({ id: a.id, merit: a.merit as number, bonus: a.priorityBonus })),
  );
  const byId = new Map(assessed.map((a) => [a.id, a]));
  const allocation = allocateWithRuralReserve({
    budget: programme.budgetFen,
    reservePercent: programme.ruralReservePercent,
    candidates: ranked.map((r) => {
      const a = byId.get(r.id)!;
      return {
        id: r.id,
        amount: a.requestedFen,
        rural: a.organizationAreaType === AreaType.RURAL,
        rankScore: r.rankScore,
        ...(a.status !== 'SUBMITTED' ? { held: a.fundingSource ?? 'GENERAL' } : {}),
      };
    }),
  });
  const decisions = new Map(allocation.decisions.map((d) => [d.id, d]));
  return {
    programmeId: programme.id,
    budgetFen: programme.budgetFen,
    reservePercent: programme.ruralReservePercent,
    reserveFen: allocation.reserve,
    reserveUsedFen: allocation.reserveUsed,
    reserveReturnedFen: allocation.reserveReturned,
    remainingFen: allocation.remaining,
    unassessed,
    rows: ranked.map((r) => {
      const a = byId.get(r.id)!;
      const d = decisions.get(r.id)!;
      return {
        applicationId: a.id,
        organizationName: a.organizationName,
        projectName: a.projectName,
        rural: d.rural,
        requestedFen: a.requestedFen,
        merit: r.merit,
        bonus: r.bonus,
        rankScore: r.rankScore,
        rank: r.rank,
        outcome: d.outcome,
        held: d.held,
        approvable: a.status === 'SUBMITTED' && d.outcome !== 'NOT_FUNDED' && unassessed === 0,
        message: d.message,
        messageZh: d.messageZh,
        reasons: a.priority.reasons,
        status: a.status,
      };
    }),
  };
}
