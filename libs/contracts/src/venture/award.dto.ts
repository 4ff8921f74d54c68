import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { AWARD_STATUSES, TRANCHE_PAYMENTS } from '@civic/domain/venture';
import { StatusReasonView } from '../common/payment.view';
import { PagedQuery } from '../common/page.query';

/** Why a tranche is not released yet (R19), in both languages. */
export class HeldTrancheView {
  @ApiProperty({ example: 'MILESTONE_NOT_APPROVED' }) reason: string;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
}

export class TrancheView {
  @ApiProperty({ format: 'uuid', description: 'Also the payment id at finance, unless re-issued' })
  id: string;
  @ApiProperty() position: number;
  @ApiProperty({ example: 'SIGNING' }) key: string;
  @ApiProperty() percent: number;
  @ApiProperty() amountFen: number;
  @ApiProperty({ enum: ['PENDING', 'SUBMITTED', 'APPROVED', 'FAILED'] }) milestone: string;
  @ApiPropertyOptional() report?: string;
  @ApiPropertyOptional() reviewComment?: string;
  @ApiProperty({ enum: TRANCHE_PAYMENTS, enumName: 'TranchePayment' }) payment: string;
  @ApiPropertyOptional({
    type: () => HeldTrancheView,
    description: 'Why it is not released yet (R19)',
  })
  heldBecause?: HeldTrancheView;
  @ApiPropertyOptional({ format: 'date-time' }) releasedAt?: string;
  @ApiPropertyOptional() bankReference?: string;
  @ApiPropertyOptional({ format: 'date-time' }) paidAt?: string;
  @ApiPropertyOptional({ type: StatusReasonView }) statusReason?: StatusReasonView;
}

export class ClawbackEligibilityView {
  @ApiProperty() eligible: boolean;
  @ApiProperty({ description: 'Paid so far' }) paidFen: number;
  @ApiProperty({
    description: 'Paid and not claimed by an earlier clawback: the most a new one may recover',
  })
  recoverableFen: number;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
}

/** A clawback opened after a failed final evaluation, recorded at finance (R19). */
export class OpenedClawbackView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() amountFen: number;
  @ApiProperty() reason: string;
  @ApiProperty() openedBy: string;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiPropertyOptional({ description: 'Confirmed by finance as returned so far (R19, R28)' })
  recoveredFen?: number;
  @ApiPropertyOptional({ enum: ['PARTLY_RECOVERED', 'RECOVERED'] }) status?: string;
}

/** Open a clawback of money paid under an award whose final evaluation failed (R19). */
export class OpenClawbackDto {
  @ApiProperty({ description: 'Integer fen (R26), at most what was paid' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen: number;

  @ApiProperty({ maxLength: 500 }) @IsString() @Length(2, 500) reason: string;
}

/** An award (R19): the amount, where it came from, its commitment at finance and its tranches. */
export class AwardView {
  @ApiProperty({ format: 'uuid', description: 'The proposal, and the commitment at finance' })
  id: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() title: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() amountFen: number;
  @ApiProperty({ enum: ['RURAL_RESERVE', 'GENERAL'] }) source: string;
  @ApiProperty() rank: number;
  @ApiProperty() comment: string;
  @ApiProperty({ enum: AWARD_STATUSES, enumName: 'AwardStatus' }) status: string;
  @ApiProperty({ description: 'Released at finance once the award paid no more (R27), fen' })
  releasedFen: number;
  @ApiPropertyOptional({ type: StatusReasonView }) statusReason?: StatusReasonView;
  @ApiProperty({ type: [TrancheView] }) tranches: TrancheView[];
  @ApiProperty({ type: ClawbackEligibilityView }) clawback: ClawbackEligibilityView;
  @ApiPropertyOptional({ type: OpenedClawbackView, description: 'The latest clawback' })
  clawbackOpened?: OpenedClawbackView;
  @ApiProperty({ type: [OpenedClawbackView], description: 'Every clawback, oldest first' })
  clawbacks: OpenedClawbackView[];
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

/** The organization's report for a milestone (mid-term review, final evaluation). */
export class MilestoneReportDto {
  @ApiProperty({ minLength: 10, maxLength: 5000 }) @IsString() @Length(10, 5000) report: string;
}

/** The officer's review of a milestone: approved releases the tranche; failed holds the next (R19). */
export class MilestoneReviewDto {
  @ApiProperty({ enum: ['APPROVED', 'FAILED'] }) @IsIn(['APPROVED', 'FAILED']) outcome:
    'APPROVED' | 'FAILED';
  @ApiProperty({ maxLength: 500 }) @IsString() @Length(1, 500) comment: string;
}

/** Awards, a page at a time, by rank; officers all or a call's, an organization its own. */
export class AwardsQuery extends PagedQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() callId?: string;
}

export class AwardPage {
  @ApiProperty({ type: [AwardView] }) items: AwardView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
