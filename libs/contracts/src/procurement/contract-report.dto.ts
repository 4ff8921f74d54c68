import { REPORT_KINDS, type ReportKind } from '@civic/domain/procurement';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { NotBlank, Trimmed } from '../common/contact.decorators';
import { CALENDAR_DATE } from '../common/year-month';

/** What was achieved of one of the contract's indicators, in words (R25). */
export class ReportFigureDto {
  @ApiProperty({ example: '服务数量', description: 'One of the contract’s indicators, by name' })
  @Trimmed()
  @IsString()
  @NotBlank()
  @Length(1, 50)
  indicator: string;

  @ApiProperty({ example: '本季度上门探访独居老人 326 人次，覆盖 58 户' })
  @Trimmed()
  @IsString()
  @NotBlank()
  @Length(1, 500)
  achieved: string;
}

/**
 * A performance report (履约报告) on a contract year by its undertaker (R25): progress during the
 * year, or the year's one final report, over a period within the year, with what was achieved of
 * the contract's indicators. Not published: it may name the people served (R30).
 */
export class SubmitContractReportDto {
  @ApiProperty({ example: 1, description: 'The contract year reported on, 1 for the first' })
  @IsInt()
  @Min(1)
  @Max(10)
  year: number;

  @ApiProperty({ enum: REPORT_KINDS, enumName: 'ContractReportKind' })
  @IsIn(REPORT_KINDS)
  kind: ReportKind;

  @ApiProperty({ example: '2026-07-01', description: 'First day reported on, within the year' })
  @Matches(CALENDAR_DATE, { message: 'periodFrom must be a date YYYY-MM-DD' })
  periodFrom: string;

  @ApiProperty({ example: '2026-09-30', description: 'Last day reported on, within the year' })
  @Matches(CALENDAR_DATE, { message: 'periodTo must be a date YYYY-MM-DD' })
  periodTo: string;

  @ApiProperty({ example: '本季度按合同完成上门探访与助餐服务，建立服务档案 58 份' })
  @Trimmed()
  @IsString()
  @NotBlank()
  @Length(10, 4000)
  summary: string;

  @ApiPropertyOptional({ type: [ReportFigureDto], description: 'At most one per indicator' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReportFigureDto)
  figures?: ReportFigureDto[];
}

export class ReportFigureView {
  @ApiProperty() indicator: string;
  @ApiProperty() achieved: string;
}

/** A performance report as officers and the undertaker read it; never published (R25, R30). */
export class ContractReportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The contract year reported on' }) year: number;
  @ApiProperty({ enum: REPORT_KINDS, enumName: 'ContractReportKind' }) kind: ReportKind;
  @ApiProperty({ example: '2026-07-01' }) periodFrom: string;
  @ApiProperty({ example: '2026-09-30' }) periodTo: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [ReportFigureView] }) figures: ReportFigureView[];
  @ApiProperty() submittedBy: string;
  @ApiProperty({ format: 'date-time', description: 'By the database clock' })
  submittedAt: string;
}
