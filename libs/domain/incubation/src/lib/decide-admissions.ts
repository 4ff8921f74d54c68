import { allocateWithRuralReserve, rankCandidates, ReserveCandidate } from '@civic/domain/priority';
import { assertAdmissionInput } from './admission-input';
import { admittedTexts, RankedSeat, unrankedTexts, waitlistedTexts } from './admission-messages';
import {
  AdmissionCandidate,
  AdmissionDecision,
  AdmissionInput,
  AdmissionResult,
  SeatSource,
} from './admission-types';
import {
  assertIncubationPolicy,
  DEFAULT_INCUBATION_POLICY,
  IncubationPolicy,
} from './incubation-policy';

/**
 * rule R16 (with R13 and R14): admit to a cohort in rank order with the rural reserve.
 *
 * Eligible candidates whose merit reaches the passing mark are ranked by merit × (1 + bonus/100)
 * with rankCandidates (ties: higher merit, then id), and seated with allocateWithRuralReserve
 * (budget = capacity, one seat each): rural candidates first take the reserved seats, then the
 * unused reserve joins the general seats. Seated ones are ADMITTED, the rest WAITLISTED in rank
 * order. The others are REJECTED with the reason. A held candidate keeps its seat whatever the
 * ranking says now. An eligible candidate not yet assessed (merit null) is an error.
 */
export function decideAdmissions(
  input: AdmissionInput,
  policy: IncubationPolicy = DEFAULT_INCUBATION_POLICY,
): AdmissionResult {
  assertIncubationPolicy(policy);
  assertAdmissionInput(input);
  const { capacity, reservePercent, candidates } = input;
  const passes = (c: AdmissionCandidate) =>
    c.eligible && (c.merit as number) >= policy.passingMerit;
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const ranked: RankedSeat[] = rankCandidates(
    candidates.filter(passes).map((c) => ({ id: c.id, merit: c.merit as number, bonus: c.bonus })),
  ).map((r) => ({
    candidate: byId.get(r.id) as AdmissionCandidate,
    rank: r.rank,
    rankScore: r.rankScore,
  }));
  const unranked = candidates
    .filter((c) => !passes(c))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const allocation = allocateWithRuralReserve({
    budget: capacity,
    reservePercent,
    unit: 'SEAT',
    candidates: [
      // The allocator orders by rankScore then id; scoring by rank position keeps the order of
      // rankCandidates (which breaks ties on merit first) exactly.
      ...ranked.map((r) => seat(r.candidate, ranked.length - r.rank + 1)),
      ...unranked.filter((c) => c.held === true).map((c) => seat(c, 0)),
    ],
  });
  const seats = new Map(allocation.awards.map((a) => [a.id, a.source]));

  let waitlisted = 0;
  const decisions: AdmissionDecision[] = ranked.map((r) => {
    const base = { id: r.candidate.id, rank: r.rank, rankScore: r.rankScore };
    const source = seats.get(r.candidate.id);
    if (source !== undefined) {
      return { ...base, outcome: 'ADMITTED', seatSource: source, ...admittedTexts(r, source) };
    }
    waitlisted += 1;
    const texts = waitlistedTexts(r, waitlisted, capacity, allocation.reserve);
    return { ...base, outcome: 'WAITLISTED', waitlistPosition: waitlisted, ...texts };
  });
  for (const c of unranked) {
    const source = seats.get(c.id);
    const outcome = source === undefined ? 'REJECTED' : 'ADMITTED';
    decisions.push({
      id: c.id,
      outcome,
      rank: null,
      rankScore: null,
      ...(source === undefined ? {} : { seatSource: source }),
      ...unrankedTexts(c, policy.passingMerit),
    });
  }
  return {
    decisions,
    seatsLeft: allocation.remaining,
    reserveSeats: allocation.reserve,
    reserveUsed: allocation.reserveUsed,
  };
}

function seat(candidate: AdmissionCandidate, rankScore: number): ReserveCandidate {
  const held: SeatSource | undefined =
    candidate.held === true ? (candidate.heldSource ?? 'GENERAL') : undefined;
  return { id: candidate.id, amount: 1, rural: candidate.rural, rankScore, held };
}
