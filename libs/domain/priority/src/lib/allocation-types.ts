import { Fen } from '@civic/domain/money';

/** One ranked applicant asking for `amount` (fen, or 1 for a seat). rule R14 */
export interface ReserveCandidate {
  id: string;
  amount: Fen;
  rural: boolean;
  rankScore: number;
  /**
   * Already awarded from this source in an earlier decision (an approval, an admission): it keeps
   * its money whatever the ranking says now, and what it holds is taken first.
   */
  held?: AwardSource;
}

export interface AllocationInput {
  /** Budget in fen, or cohort capacity in seats. */
  budget: Fen;
  reservePercent: number;
  candidates: readonly ReserveCandidate[];
  /** How amounts read in messages: 'FEN' shows yuan (default), 'SEAT' shows seats. */
  unit?: AllocationUnit;
}

export type AllocationUnit = 'FEN' | 'SEAT';
export type AwardSource = 'RURAL_RESERVE' | 'GENERAL';
export type AllocationOutcome = 'FUNDED_FROM_RESERVE' | 'FUNDED_FROM_GENERAL' | 'NOT_FUNDED';

export interface Award {
  id: string;
  amount: Fen;
  source: AwardSource;
}

export interface NotFunded {
  id: string;
  reason: 'BUDGET_EXHAUSTED';
}

export interface AllocationDecision {
  id: string;
  rank: number;
  rural: boolean;
  amount: Fen;
  outcome: AllocationOutcome;
  /** True when the candidate held its award from an earlier decision. */
  held: boolean;
  message: string;
  messageZh: string;
}

export interface AllocationResult {
  awards: Award[];
  notFunded: NotFunded[];
  reserve: Fen;
  reserveUsed: Fen;
  /** Reserve the rural applicants did not use, returned to the general pool. */
  reserveReturned: Fen;
  generalUsed: Fen;
  remaining: Fen;
  /** Every candidate in rank order, with a human reason. */
  decisions: AllocationDecision[];
}

/** What was left when a candidate's turn came, for explaining the outcome. */
export interface AllocationTrace {
  rank: number;
  candidate: ReserveCandidate;
  /** Reserve left when a rural candidate was considered in the first pass. */
  reserveLeft?: Fen;
  /** Pool left when the candidate was considered in the second pass. */
  poolLeft?: Fen;
  source?: AwardSource;
}
