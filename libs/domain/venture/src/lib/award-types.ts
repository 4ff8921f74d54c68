/** Where an award's money comes from (rule R14). */
export type AwardHeld = 'RURAL_RESERVE' | 'GENERAL';

/** A reviewed proposal competing for an award. rule R19 */
export interface AwardCandidate {
  id: string;
  /** From meritOf, 0–100. */
  merit: number;
  /** The R13 priority bonus, in points. */
  bonus: number;
  rural: boolean;
  requestedFen: number;
  /** Awarded from this source by an earlier decision: it keeps its award whatever the ranking. */
  held?: AwardHeld;
}

export interface AwardInput {
  budgetFen: number;
  /** Share of the budget reserved for rural applicants (rule R14), 0–100. */
  reservePercent: number;
  candidates: readonly AwardCandidate[];
}

export type AwardOutcome = 'FUNDED_FROM_RESERVE' | 'FUNDED_FROM_GENERAL' | 'NOT_FUNDED';

/** One ranked candidate and what it got. rule R19 */
export interface AwardRow {
  id: string;
  /** 1..n in rankCandidates order. */
  rank: number;
  merit: number;
  bonus: number;
  /** merit × (1 + bonus/100) (rule R13). */
  rankScore: number;
  outcome: AwardOutcome;
  /** True when the award was held from an earlier decision. */
  held: boolean;
  /** The amount awarded: the full request when funded, 0 when not. */
  amountFen: number;
  message: string;
  messageZh: string;
}

export interface AwardResult {
  /** In rank order. */
  rows: AwardRow[];
  reserveFen: number;
  reserveUsedFen: number;
  /** Reserve rural applicants did not use, returned to the general pool (rule R14). */
  reserveReturnedFen: number;
  /** Budget left after every award: budget − Σ amountFen. */
  remainingFen: number;
}
