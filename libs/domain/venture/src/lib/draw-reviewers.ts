import {
  assertConflictPolicy,
  clausesOf,
  ConflictPolicy,
  DEFAULT_CONFLICT_POLICY,
  seededRandom,
} from '@civic/domain/conflicts';
import { checkDrawInput } from './draw-input';
import { shortfallTexts } from './draw-messages';
import {
  DrawInput,
  DrawProposal,
  DrawResult,
  DrawShortfall,
  PoolReviewer,
  Recusal,
} from './draw-types';
import { compareIds } from './values';

/**
 * rule R18: draw at least 3 reviewers per proposal at random from the pool, never one with a
 * conflict of interest (conflictsOf), and log every conflicted (proposal, reviewer) pair of the
 * pool as a recusal, drawn or not, active or not.
 *
 * Deterministic for a seed and independent of input order: pool and proposals are sorted by id
 * first, and the generator (seededRandom) is consumed in a fixed order. The proposals with the
 * fewest eligible reviewers choose first (random among equals), so a load cap strands as few as
 * it can. For each proposal the eligible reviewers (active, free of conflict, under maxLoad) are
 * taken in this order: those whose fields include the proposal's field, then the others; within
 * each, the fewest assignments so far; then at random. A proposal with fewer eligible reviewers
 * than perProposal gets all of them and a shortfall that says why.
 */
export function drawReviewers(
  input: DrawInput,
  policy: ConflictPolicy = DEFAULT_CONFLICT_POLICY,
): DrawResult {
  assertConflictPolicy(policy);
  const { pool, proposals, perProposal, seed, today, maxLoad } = checkDrawInput(input);
  const random = seededRandom(seed);

  const recusals: Recusal[] = [];
  const conflicted = new Map<string, Set<string>>();
  for (const proposal of proposals) {
    const ids = new Set<string>();
    for (const reviewer of pool) {
      const clauses = clausesOf(reviewer.relations, proposal.applicant, today, policy);
      if (clauses.length === 0) continue;
      recusals.push({ reviewerId: reviewer.id, proposalId: proposal.id, clauses });
      ids.add(reviewer.id);
    }
    conflicted.set(proposal.id, ids);
  }
  const eligible = (p: DrawProposal) =>
    pool.filter((r) => r.active && !(conflicted.get(p.id) as Set<string>).has(r.id));

  const turns = proposals
    .map((proposal) => ({ proposal, eligible: eligible(proposal), key: random() }))
    .sort(
      (a, b) =>
        a.eligible.length - b.eligible.length ||
        a.key - b.key ||
        compareIds(a.proposal.id, b.proposal.id),
    );
  const load = new Map<string, number>(pool.map((r) => [r.id, 0]));
  const loadOf = (r: PoolReviewer) => load.get(r.id) as number;
  const panels = new Map<string, string[]>();
  const shortfalls: DrawShortfall[] = [];
  for (const { proposal, eligible: candidates } of turns) {
    const free = candidates.filter((r) => loadOf(r) < maxLoad);
    const field = proposal.field;
    const chosen = free
      .map((reviewer) => ({
        reviewer,
        outside: field !== undefined && reviewer.fields.includes(field) ? 0 : 1,
        load: loadOf(reviewer),
        key: random(),
      }))
      .sort(
        (a, b) =>
          a.outside - b.outside ||
          a.load - b.load ||
          a.key - b.key ||
          compareIds(a.reviewer.id, b.reviewer.id),
      )
      .slice(0, perProposal)
      .map((c) => c.reviewer.id);
    for (const id of chosen) load.set(id, (load.get(id) as number) + 1);
    panels.set(proposal.id, chosen.sort(compareIds));
    if (free.length < perProposal) {
      const recused = (conflicted.get(proposal.id) as Set<string>).size;
      const counts = {
        proposalId: proposal.id,
        available: free.length,
        needed: perProposal,
        recused,
        inactive: pool.length - recused - candidates.length,
        atMaxLoad: candidates.length - free.length,
        maxLoad,
      };
      shortfalls.push({
        proposalId: proposal.id,
        available: free.length,
        needed: perProposal,
        ...shortfallTexts(counts),
      });
    }
  }
  return {
    assignments: proposals.map((p) => ({
      proposalId: p.id,
      reviewerIds: panels.get(p.id) as string[],
    })),
    recusals,
    shortfalls: shortfalls.sort((a, b) => compareIds(a.proposalId, b.proposalId)),
  };
}
