import {
  FounderBackground,
  FoundingPartner,
  FundingSource,
  PriorityGroup,
  ServiceField,
} from '@civic/domain/organizations';

/** A factor of the priority score that applies, with what is needed to explain it. rule R13 */
export type PriorityFactor =
  | { code: 'RURAL'; ruralOrganization: boolean; ruralProject: boolean }
  | { code: 'PUBLIC_WELFARE' }
  | { code: 'LIFE_SERVICE' }
  | { code: 'MUTUAL_AID' }
  | { code: 'GOVERNMENT_FUNCTIONS' }
  | { code: 'PRIORITY_GROUPS'; groups: PriorityGroup[]; each: number; cap: number }
  | { code: 'RURAL_FOUNDER'; background: FounderBackground }
  | {
      code: 'PRIORITY_FOUNDER';
      fundingSource: Exclude<FundingSource, 'RESIDENTS'>;
      partner: FoundingPartner;
      field: Exclude<ServiceField, 'OTHER'>;
    }
  | { code: 'INCUBATION_GRADUATE' };

export type PriorityReasonCode = PriorityFactor['code'];

/**
 * The rule a factor comes from: R13's table, R8's rural founders, R6's priority categories, R9's
 * priority founders and fields.
 */
export type PriorityRule = 'R13' | 'R8' | 'R6' | 'R9';

/** One row of "why this bonus": shown to applicants beside their rank. */
export interface PriorityReason {
  code: PriorityReasonCode;
  rule: PriorityRule;
  points: number;
  message: string;
  messageZh: string;
}
