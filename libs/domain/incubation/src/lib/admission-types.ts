/** Where an admitted applicant's seat comes from (rule R14). */
export type SeatSource = 'RURAL_RESERVE' | 'GENERAL';

/** One applicant to a cohort, screened and assessed. rule R16 */
export interface AdmissionCandidate {
  id: string;
  /** The outcome of screenApplicant. */
  eligible: boolean;
  /** Staff assessment, 0–100; null while not assessed (only allowed when not eligible). */
  merit: number | null;
  /** The R13 priority bonus, in points. */
  bonus: number;
  rural: boolean;
  /** Already admitted earlier: keeps its seat whatever the ranking says now. */
  held?: boolean;
  /** The source of the seat it holds; GENERAL when not given. */
  heldSource?: SeatSource;
}

export type AdmissionOutcome = 'ADMITTED' | 'WAITLISTED' | 'REJECTED';

export interface AdmissionDecision {
  id: string;
  outcome: AdmissionOutcome;
  /** Null when not ranked (not eligible, or merit below the passing mark). */
  rank: number | null;
  /** merit × (1 + bonus/100) (rule R13); null when not ranked. */
  rankScore: number | null;
  /** Only when ADMITTED. */
  seatSource?: SeatSource;
  /** Only when WAITLISTED: 1 is next in line. */
  waitlistPosition?: number;
  message: string;
  messageZh: string;
}

export interface AdmissionInput {
  /** Seats in the cohort. */
  capacity: number;
  /** Share of seats reserved for rural applicants (rule R14). */
  reservePercent: number;
  candidates: readonly AdmissionCandidate[];
}

export interface AdmissionResult {
  /** The ranked in rank order first, then the unranked by id. */
  decisions: AdmissionDecision[];
  seatsLeft: number;
  reserveSeats: number;
  reserveUsed: number;
}
