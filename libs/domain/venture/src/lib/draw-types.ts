import { ConflictApplicant, ConflictClause, DeclaredRelation } from '@civic/domain/conflicts';

/** An expert in the reviewer pool (评审专家库). rule R18 */
export interface PoolReviewer {
  id: string;
  /** The fields the expert reviews in; one matching a proposal's field is preferred. */
  fields: readonly string[];
  /** The expert's declared ties (利害关系声明). */
  relations: readonly DeclaredRelation[];
  /** Inactive experts are never drawn. */
  active: boolean;
}

/** A proposal that needs reviewers. rule R18 */
export interface DrawProposal {
  id: string;
  field?: string;
  applicant: ConflictApplicant;
}

/** A reviewer who must step aside from a proposal, with every clause that applies. rule R18 */
export interface Recusal {
  reviewerId: string;
  proposalId: string;
  clauses: ConflictClause[];
}

/** A proposal that could not get its full panel. rule R18 */
export interface DrawShortfall {
  proposalId: string;
  /** Reviewers free of conflict, active and under the load cap when its turn came. */
  available: number;
  needed: number;
  message: string;
  messageZh: string;
}

export interface DrawInput {
  pool: readonly PoolReviewer[];
  proposals: readonly DrawProposal[];
  /** Reviewers per proposal; default 3, at least 3. */
  perProposal?: number;
  /** Whole number from 0 to 2^32 − 1; the same seed draws the same panels. */
  seed: number;
  /** China calendar day number the conflicts are judged on. */
  today: number;
  /** The most proposals one reviewer may get; default unlimited. */
  maxLoad?: number;
}

export interface DrawResult {
  /** Every proposal in id order, with its reviewers in id order (fewer when in shortfalls). */
  assignments: { proposalId: string; reviewerIds: string[] }[];
  /** Every conflicted (proposal, reviewer) pair of the pool, by proposal id then reviewer id. */
  recusals: Recusal[];
  /** In proposal id order. */
  shortfalls: DrawShortfall[];
}
