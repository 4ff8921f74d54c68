import { assertNonNegativeFen, percentOf } from '@civic/domain/money';
import { decisionFor } from './allocation-messages';
import {
  AwardSource,
  AllocationInput,
  AllocationResult,
  AllocationTrace,
  AllocationUnit,
  ReserveCandidate,
} from './allocation-types';
import { assertUniqueIds, compareIds } from './rank-candidates';

/**
 * Award in rank order within the budget, with a rural reserve (rule R14).
 * Pass 1: rural candidates, best first, are funded from the reserve when their full amount fits
 * what is left of it. Pass 2: the unused reserve joins the general pool, and every candidate not
 * yet funded, best first, is funded when its full amount fits the pool. Works for seats too
 * (budget = capacity, amount = 1). A candidate that holds an award from an earlier decision keeps
 * it: held awards are taken from their source before either pass.
 */
// rule R14
export function allocateWithRuralReserve(input: AllocationInput): AllocationResult {
  const { budget, reservePercent, candidates } = input;
  assertNonNegativeFen(budget, 'budget');
  assertCandidates(candidates);
  const reserve = percentOf(budget, reservePercent);
  const traces: AllocationTrace[] = [...candidates]
    .sort(byRank)
    .map((candidate, i) => ({ rank: i + 1, candidate }));

  for (const trace of traces) trace.source = trace.candidate.held;
  const heldFrom = (source: AwardSource) =>
    sumAmounts(traces.filter((t) => t.candidate.held === source).map((t) => t.candidate));
  const heldReserve = heldFrom('RURAL_RESERVE');
  const heldGeneral = heldFrom('GENERAL');
  // Held general awards may have spent reserve that an earlier ranking returned to the pool.
  let reserveLeft = Math.max(
    0,
    Math.min(reserve - heldReserve, budget - heldReserve - heldGeneral),
  );
  for (const trace of traces.filter((t) => t.candidate.rural && t.source === undefined)) {
    trace.reserveLeft = reserveLeft;
    if (trace.candidate.amount <= reserveLeft) {
      reserveLeft -= trace.candidate.amount;
      trace.source = 'RURAL_RESERVE';
    }
  }
  const reserveUsed = sumAmounts(
    traces.filter((t) => t.source === 'RURAL_RESERVE').map((t) => t.candidate),
  );
  let poolLeft = budget - reserveUsed - heldGeneral;
  for (const trace of traces) {
    if (trace.source !== undefined) continue;
    trace.poolLeft = poolLeft;
    if (trace.candidate.amount <= poolLeft) {
      poolLeft -= trace.candidate.amount;
      trace.source = 'GENERAL';
    }
  }
  return summarize(budget, reserve, reserveUsed, traces, input.unit ?? 'FEN');
}

function summarize(
  budget: number,
  reserve: number,
  reserveUsed: number,
  traces: AllocationTrace[],
  unit: AllocationUnit,
): AllocationResult {
  const awards = traces.flatMap(({ candidate: { id, amount }, source }) =>
    source === undefined ? [] : [{ id, amount, source }],
  );
  const generalUsed = sumAmounts(awards.filter((a) => a.source === 'GENERAL'));
  return {
    awards,
    notFunded: traces
      .filter((t) => t.source === undefined)
      .map((t) => ({ id: t.candidate.id, reason: 'BUDGET_EXHAUSTED' as const })),
    reserve,
    reserveUsed,
    reserveReturned: Math.max(0, reserve - reserveUsed),
    generalUsed,
    remaining: budget - reserveUsed - generalUsed,
    decisions: traces.map((t) => decisionFor(t, unit)),
  };
}

function sumAmounts(items: readonly { amount: number }[]): number {
  return items.reduce((sum, i) => sum + i.amount, 0);
}

function byRank(a: ReserveCandidate, b: ReserveCandidate): number {
  return b.rankScore - a.rankScore || compareIds(a.id, b.id);
}

function assertCandidates(candidates: readonly ReserveCandidate[]): void {
  if (!Array.isArray(candidates)) throw new RangeError('candidates must be an array');
  assertUniqueIds(candidates.map((c) => c.id));
  for (const c of candidates) {
    assertNonNegativeFen(c.amount, `amount of candidate ${c.id}`);
    if (c.amount === 0) throw new RangeError(`amount of candidate ${c.id} must be positive`);
    if (typeof c.rural !== 'boolean') {
      throw new RangeError(`rural of candidate ${c.id} must be a boolean`);
    }
    if (c.held !== undefined && c.held !== 'RURAL_RESERVE' && c.held !== 'GENERAL') {
      throw new RangeError(`held of candidate ${c.id} must be RURAL_RESERVE or GENERAL`);
    }
    if (typeof c.rankScore !== 'number' || !Number.isFinite(c.rankScore)) {
      throw new RangeError(`rankScore of candidate ${c.id} must be a finite number`);
    }
  }
}
