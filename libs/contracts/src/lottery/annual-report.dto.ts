import { PRIORITY_GROUPS, type PriorityGroup } from '@civic/domain/organizations';
import { LOTTERY_PURPOSES, type LotteryPurpose } from '@civic/domain/lottery';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class ReportScaleView {
  @ApiProperty() programmes: number;
  @ApiProperty({ description: 'Fen (R26)' }) budgetFen: number;
  @ApiProperty() projects: number;
  @ApiProperty({ description: 'Approved, committed or paid, fen' }) approvedFen: number;
}

export class ReportPurposeLineView {
  @ApiProperty({ enum: LOTTERY_PURPOSES, enumName: 'LotteryPurpose' }) purpose: LotteryPurpose;
  @ApiProperty() projects: number;
  @ApiProperty() budgetFen: number;
  @ApiProperty() approvedFen: number;
  @ApiProperty() paidFen: number;
}

export class ReportEldercareView {
  @ApiPropertyOptional({ nullable: true, type: String, example: '62.50' }) percent: string | null;
  @ApiProperty({ example: 55 }) floorPercent: number;
  @ApiPropertyOptional({ nullable: true, type: Boolean }) meetsFloor: boolean | null;
}

export class ReportExecutionView {
  @ApiProperty() paidFen: number;
  @ApiProperty() unpaidFen: number;
  @ApiProperty({ description: 'Projects paid in full' }) paidProjects: number;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Paid ÷ approved, rounded down',
  })
  percent: string | null;
}

export class ReportBeneficiaryView {
  @ApiProperty({ enum: PRIORITY_GROUPS, enumName: 'PriorityGroup' }) group: PriorityGroup;
  @ApiProperty() count: number;
}

export class ReportResultsView {
  @ApiProperty({ type: [ReportBeneficiaryView] }) beneficiaries: ReportBeneficiaryView[];
  @ApiProperty() beneficiaryTotal: number;
  @ApiPropertyOptional({ description: "The officers' account of the results (成效)" })
  summary?: string;
}

export class ReportProjectView {
  @ApiProperty() projectName: string;
  @ApiProperty() unit: string;
  @ApiProperty({ enum: LOTTERY_PURPOSES, enumName: 'LotteryPurpose' }) purpose: LotteryPurpose;
  @ApiProperty() amountFen: number;
  @ApiProperty() paidFen: number;
}

/** The annual disclosure (R23): scale, projects, execution and results of one year. */
export class AnnualReportView {
  @ApiProperty() fiscalYear: number;
  @ApiProperty({ type: ReportScaleView }) scale: ReportScaleView;
  @ApiProperty({ type: [ReportPurposeLineView] }) byPurpose: ReportPurposeLineView[];
  @ApiProperty({ type: ReportEldercareView }) eldercare: ReportEldercareView;
  @ApiProperty({ type: ReportExecutionView }) execution: ReportExecutionView;
  @ApiProperty({ type: ReportResultsView }) results: ReportResultsView;
  @ApiProperty({ type: [ReportProjectView] }) projects: ReportProjectView[];
  @ApiProperty({ example: '彩票公益金资助' }) label: string;
}

/**
 * Generate and publish a year's annual report (R23). Once one is published, publishing again is a
 * correction of it and needs a reason.
 */
export class PublishAnnualReportDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'The results (成效), in words' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  summary?: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'Why the published report is corrected' })
  @IsOptional()
  @IsString()
  @Length(2, 500)
  reason?: string;
}
