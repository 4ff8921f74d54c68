import { FounderBackground, PriorityGroup } from '@civic/domain/organizations';

/** A factor of the priority score that applies, with what is needed to explain it. rule R13 */
export type PriorityFactor =
  | { code: 'RURAL'; ruralOrganization: boolean; ruralProject: boolean }
  | { code: 'PUBLIC_WELFARE' }
  | { code: 'GOVERNMENT_FUNCTIONS' }
  | { code: 'PRIORITY_GROUPS'; groups: PriorityGroup[]; each: number; cap: number }
  | { code: 'RURAL_FOUNDER'; background: FounderBackground }
  | { code: 'INCUBATION_GRADUATE' };

export type PriorityReasonCode = PriorityFactor['code'];

/** One row of "why this bonus": shown to applicants beside their rank. */
export interface PriorityReason {
  code: PriorityReasonCode;
  rule: 'R13' | 'R8';
  points: number;
  message: string;
  messageZh: string;
}
