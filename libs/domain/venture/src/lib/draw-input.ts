import { assertDay } from '@civic/domain/calendar';
import { assertApplicant, assertRelations } from '@civic/domain/conflicts';
import { DrawInput, DrawProposal, PoolReviewer } from './draw-types';
import { compareIds, isIntegerIn, isNonBlank, isRecord } from './values';

/** The least reviewers per proposal. rule R18 [policy] */
export const MIN_REVIEWERS_PER_PROPOSAL = 3;

export interface CheckedDrawInput {
  /** Sorted by id. */
  pool: PoolReviewer[];
  /** Sorted by id. */
  proposals: DrawProposal[];
  perProposal: number;
  seed: number;
  today: number;
  maxLoad: number;
}

// rule R18: reject a draw that cannot be made, naming the field; sort pool and proposals by id.
export function checkDrawInput(input: DrawInput): CheckedDrawInput {
  if (!isRecord(input)) throw new RangeError('rule R18: the draw input must be an object');
  const { pool, proposals, perProposal = MIN_REVIEWERS_PER_PROPOSAL, seed, today, maxLoad } = input;
  if (!Array.isArray(pool)) throw new RangeError('rule R18: pool must be an array');
  if (!Array.isArray(proposals)) throw new RangeError('rule R18: proposals must be an array');
  if (!isIntegerIn(perProposal, MIN_REVIEWERS_PER_PROPOSAL, Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(
      `rule R18: perProposal must be a whole number of at least ${MIN_REVIEWERS_PER_PROPOSAL}, got ${String(perProposal)}`,
    );
  }
  if (maxLoad !== undefined && !isIntegerIn(maxLoad, 1, Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(
      `rule R18: maxLoad must be a positive whole number, got ${String(maxLoad)}`,
    );
  }
  assertDay(today, 'today', 'R18');
  pool.forEach(assertReviewer);
  proposals.forEach(assertProposal);
  assertUnique(
    pool.map((r) => r.id),
    'reviewer',
  );
  assertUnique(
    proposals.map((p) => p.id),
    'proposal',
  );
  return {
    pool: [...pool].sort((a, b) => compareIds(a.id, b.id)),
    proposals: [...proposals].sort((a, b) => compareIds(a.id, b.id)),
    perProposal,
    seed,
    today,
    maxLoad: maxLoad ?? Number.POSITIVE_INFINITY,
  };
}

function assertReviewer(reviewer: PoolReviewer, index: number): void {
  if (!isRecord(reviewer) || !isNonBlank(reviewer.id)) {
    throw new RangeError(`rule R18: pool.${index}.id must be a non-empty string`);
  }
  const at = `reviewer ${reviewer.id}`;
  if (!Array.isArray(reviewer.fields) || !reviewer.fields.every((f) => typeof f === 'string')) {
    throw new RangeError(`rule R18: fields of ${at} must be an array of strings`);
  }
  if (typeof reviewer.active !== 'boolean') {
    throw new RangeError(`rule R18: active of ${at} must be a boolean`);
  }
  assertRelations(reviewer.relations, `relations of ${at}`);
}

function assertProposal(proposal: DrawProposal, index: number): void {
  if (!isRecord(proposal) || !isNonBlank(proposal.id)) {
    throw new RangeError(`rule R18: proposals.${index}.id must be a non-empty string`);
  }
  if (proposal.field !== undefined && typeof proposal.field !== 'string') {
    throw new RangeError(`rule R18: field of proposal ${proposal.id} must be a string`);
  }
  assertApplicant(proposal.applicant, `applicant of proposal ${proposal.id}`);
}

function assertUnique(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new RangeError(`rule R18: ${what} id ${id} appears more than once`);
    seen.add(id);
  }
}
