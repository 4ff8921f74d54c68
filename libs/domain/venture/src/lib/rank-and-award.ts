import { allocateWithRuralReserve, rankCandidates } from '@civic/domain/priority';
import { assertAwardInput } from './award-input';
import { AwardCandidate, AwardInput, AwardResult, AwardRow } from './award-types';

/**
 * rule R19 (with R13 and R14): award in ranked order within the budget and the rural reserve.
 *
 * Candidates are ranked with rankCandidates (merit × (1 + bonus/100), ties: higher merit, then
 * id), and funded with allocateWithRuralReserve, which is given each rank position as its score
 * so the rankCandidates order holds exactly (as decideAdmissions does for incubation seats):
 * rural candidates, best first, take the reserve when their full request fits what is left of
 * it; then the unused reserve returns to the general pool and everyone not yet funded, best
 * first, is funded when their full request fits. A held award is kept whatever the ranking says
 * now. Never more than the budget: Σ amountFen + remainingFen = budgetFen.
 */
export function rankAndAward(input: AwardInput): AwardResult {
  assertAwardInput(input);
  const { budgetFen, reservePercent, candidates } = input;
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const ranked = rankCandidates(candidates.map(({ id, merit, bonus }) => ({ id, merit, bonus })));
  const allocation = allocateWithRuralReserve({
    budget: budgetFen,
    reservePercent,
    unit: 'FEN',
    candidates: ranked.map((r) => {
      const c = byId.get(r.id) as AwardCandidate;
      return {
        id: c.id,
        amount: c.requestedFen,
        rural: c.rural,
        rankScore: ranked.length - r.rank + 1,
        held: c.held,
      };
    }),
  });
  const decisions = new Map(allocation.decisions.map((d) => [d.id, d]));
  const rows: AwardRow[] = ranked.map((r) => {
    const c = byId.get(r.id) as AwardCandidate;
    const decision = decisions.get(r.id) as (typeof allocation.decisions)[number];
    const formula = `${c.merit} × (1 + ${c.bonus}/100) = ${r.rankScore}`;
    const area = c.rural ? ['rural', '农村'] : ['urban', '城市'];
    return {
      id: c.id,
      rank: r.rank,
      merit: c.merit,
      bonus: c.bonus,
      rankScore: r.rankScore,
      outcome: decision.outcome,
      held: decision.held,
      amountFen: decision.outcome === 'NOT_FUNDED' ? 0 : c.requestedFen,
      message: `rank ${r.rank} (${area[0]}, score ${formula}): ${tail(decision.message, ': ')}`,
      messageZh: `第 ${r.rank} 名（${area[1]}，排序分 ${formula}）：${tail(decision.messageZh, '：')}`,
    };
  });
  return {
    rows,
    reserveFen: allocation.reserve,
    reserveUsedFen: allocation.reserveUsed,
    reserveReturnedFen: allocation.reserveReturned,
    remainingFen: allocation.remaining,
  };
}

// rule R14: the allocator's reason without its own "rank N (rural)" head, which ours replaces.
function tail(message: string, separator: string): string {
  const at = message.indexOf(separator);
  return at < 0 ? message : message.slice(at + separator.length);
}
