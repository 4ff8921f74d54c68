import type { ApplicantOutcomeCode, ApplicantOutcomeReason } from '@civic/domain/programme';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PriorityReasonView } from './priority.view';

const OUTCOMES: readonly ApplicantOutcomeCode[] = [
  'PENDING',
  'FUNDED',
  'TO_BE_FUNDED',
  'NOT_FUNDED',
  'REFUSED',
];
const REASONS: readonly ApplicantOutcomeReason[] = [
  'NOT_DECIDED',
  'FUNDED_FROM_RESERVE',
  'FUNDED_FROM_GENERAL',
  'BELOW_CUTOFF',
  'RESERVE_USED',
  'BUDGET_SPENT',
  'REFUSED',
];

/**
 * What an applicant is told about its own proposal or application once the ranking is decided
 * (issue #18, as incubation tells its applicants): its rank of how many, its merit and priority
 * bonus with every reason (R13), and funded, to be funded, not funded and why (below the cut-off,
 * the rural reserve used (R14), the budget spent (R27)), or refused with its rule. Nothing about
 * another applicant beyond ranks and the count.
 */
export class ApplicantOutcomeView {
  @ApiProperty({ format: 'uuid', description: 'The proposal or application' }) id: string;
  @ApiProperty({ enum: OUTCOMES, enumName: 'ApplicantOutcome' }) outcome: ApplicantOutcomeCode;
  @ApiProperty({ enum: REASONS, enumName: 'ApplicantOutcomeReason' })
  reason: ApplicantOutcomeReason;
  @ApiProperty({ example: 'R14', description: 'The rule the reason rests on' }) rule: string;
  @ApiPropertyOptional({ description: 'Its place in the ranking, 1 = first' }) rank?: number;
  @ApiPropertyOptional({ description: 'How many the ranking holds' }) ranked?: number;
  @ApiPropertyOptional({ description: 'The lowest rank the ranking funds' }) cutoffRank?: number;
  @ApiPropertyOptional({ description: 'Merit, 0–100 (R13)' }) merit?: number;
  @ApiProperty({ description: 'Priority bonus in percent (R13)' }) bonus: number;
  @ApiProperty({ type: [PriorityReasonView] }) reasons: PriorityReasonView[];
  @ApiPropertyOptional({ description: 'merit × (1 + bonus/100) (R13)' }) rankScore?: number;
  @ApiPropertyOptional({ description: "The officer's comment on the decision, when there is one" })
  comment?: string;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
}
