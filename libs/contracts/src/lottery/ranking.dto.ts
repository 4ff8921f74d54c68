import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { PriorityReasonView } from '../common/priority.view';

/** An officer's merit assessment of an application, 0–100; audited (R31). */
export class AssessmentDto {
  @ApiProperty({ minimum: 0, maximum: 100, example: 82 })
  @IsInt()
  @Min(0)
  @Max(100)
  merit: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  comment?: string;
}

/** One assessed application in the programme's ranking, with its outcome and every reason. */
export class RankingRowView {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() projectName: string;
  @ApiProperty({ description: 'A rural organization draws on the rural reserve (R14)' })
  rural: boolean;
  @ApiProperty() requestedFen: number;
  @ApiProperty() merit: number;
  @ApiProperty({ description: 'Priority bonus in percent (R13)' }) bonus: number;
  @ApiProperty({ description: 'merit × (1 + bonus/100) (R13)' }) rankScore: number;
  @ApiProperty() rank: number;
  @ApiProperty({ enum: ['FUNDED_FROM_RESERVE', 'FUNDED_FROM_GENERAL', 'NOT_FUNDED'] })
  outcome: string;
  @ApiProperty({
    description: 'Approved earlier: it keeps its money whatever the ranking says now',
  })
  held: boolean;
  @ApiProperty({
    description:
      'Undecided, funded by the ranking, and every competing application assessed: it may be approved',
  })
  approvable: boolean;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
  @ApiProperty({ type: [PriorityReasonView] }) reasons: PriorityReasonView[];
  @ApiProperty() status: string;
}

/** A programme's applications ranked (R13) and allocated within its budget and rural reserve (R14). */
export class RankingView {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() budgetFen: number;
  @ApiProperty() reservePercent: number;
  @ApiProperty() reserveFen: number;
  @ApiProperty() reserveUsedFen: number;
  @ApiProperty({ description: 'Reserve rural applicants did not use, back in the general pool' })
  reserveReturnedFen: number;
  @ApiProperty() remainingFen: number;
  @ApiProperty({ type: [RankingRowView] }) rows: RankingRowView[];
  @ApiProperty({ description: 'Applications not assessed yet, so not ranked' }) unassessed: number;
}
