/** An organization applies for itself; a founding group (筹备中) is not registered yet. rule R16 */
export type ApplicantKind = 'ORGANIZATION' | 'FOUNDING_GROUP';

export interface ScreeningApplicant {
  kind: ApplicantKind;
  /** R1 category code. */
  category: string;
  /** County (6 digits) the applicant is active in. */
  countyCode: string;
  /** Founding groups: how many founders. */
  founders?: number;
  /** Organizations: graduated from a base already. */
  graduated?: boolean;
  /** Organizations: already incubated in a cohort that has not ended. */
  inActiveCohort?: boolean;
}

/** What a cohort takes. An absent or empty list restricts nothing. rule R16 */
export interface CohortEligibility {
  /** Categories it takes; all R1 categories if absent. */
  categories?: readonly string[];
  /** The base's service area (6-digit county codes); any county if absent. */
  countyCodes?: readonly string[];
}

export type ScreeningReasonCode =
  'CATEGORY' | 'AREA' | 'FOUNDERS' | 'ALREADY_GRADUATED' | 'ALREADY_INCUBATED';

export interface ScreeningReason {
  code: ScreeningReasonCode;
  ok: boolean;
  message: string;
  messageZh: string;
}

export interface Screening {
  eligible: boolean;
  reasons: ScreeningReason[];
}
