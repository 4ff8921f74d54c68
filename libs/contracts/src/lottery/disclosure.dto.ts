import { LOTTERY_PURPOSES, type LotteryPurpose } from '@civic/domain/lottery';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { AnnualReportView } from './annual-report.dto';
import { PagedQuery } from '../common/page.query';
import { IsMainlandPhone, IsPhoneOrEmail, NotBlank } from '../common/contact.decorators';

/** What a funded project's notice discloses (R23): name, unit, amount, contact, purpose, label. */
export class NoticeContentDto {
  @ApiProperty() projectName: string;
  @ApiProperty({ description: 'The unit that uses the fund' }) unit: string;
  @ApiProperty({ description: 'Integer fen (R26)' }) amountFen: number;
  @ApiProperty() contactName: string;
  @ApiProperty() contactPhone: string;
  @ApiProperty({ enum: LOTTERY_PURPOSES, enumName: 'LotteryPurpose' }) purpose: LotteryPurpose;
  @ApiProperty({ example: '彩票公益金资助' }) label: string;
}

/** What a correction may restate; the purpose and the 彩票公益金资助 label stay. */
export class CorrectedContentDto {
  @ApiProperty() @IsString() @Length(2, 100) projectName: string;
  @ApiProperty() @IsString() @Length(2, 100) unit: string;
  @ApiProperty({ description: 'Integer fen (R26)' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen: number;
  @ApiProperty() @IsString() @Length(2, 50) contactName: string;
  @ApiProperty() @IsMainlandPhone() contactPhone: string;
}

/** A published notice. It is never edited: a correction is a new notice pointing to it (R23). */
export class NoticeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['PUBLICITY', 'PROJECT_FUNDED', 'ANNUAL_REPORT'] }) kind: string;
  @ApiProperty() fiscalYear: number;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ type: NoticeContentDto, description: "A project's notice" })
  content?: NoticeContentDto;
  @ApiPropertyOptional({ type: AnnualReportView, description: 'An ANNUAL_REPORT notice' })
  report?: AnnualReportView;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The notice this one corrects' })
  corrects?: string;
  @ApiPropertyOptional() correctionReason?: string;
  @ApiProperty({ description: 'False once a correction replaced it' }) inForce: boolean;
  @ApiPropertyOptional({ format: 'date-time', description: 'Objections are taken until then' })
  objectionsUntil?: string;
  @ApiProperty() objectionCount: number;
}

export class NoticePage {
  @ApiProperty({ type: [NoticeView] }) items: NoticeView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** Published notices, a page at a time, the newest first. */
export class NoticesQuery extends PagedQuery {
  @ApiPropertyOptional({ example: 2026, minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;
}

/** Anyone may object during the publicity period (公示期); the objection is recorded. */
export class ObjectionDto {
  @ApiProperty({ example: '王先生', description: 'Not blank' })
  @IsString()
  @NotBlank()
  @Length(1, 50)
  name: string;

  @ApiProperty({
    example: '13800771234',
    description: 'A mainland mobile or landline number, or an e-mail address (R23)',
  })
  @IsString()
  @Length(5, 100)
  @IsPhoneOrEmail()
  contact: string;
  @ApiProperty() @IsString() @Length(5, 1000) content: string;
}

export class ObjectionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) noticeId: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
}

/** An officer corrects a notice with a new one (R23): the new content and why. */
export class CorrectNoticeDto {
  @ApiProperty() @IsString() @Length(2, 500) reason: string;

  @ApiProperty({ type: CorrectedContentDto })
  @ValidateNested()
  @Type(() => CorrectedContentDto)
  content: CorrectedContentDto;
}

export class EldercareShareView {
  @ApiProperty({ description: 'Approved for eldercare (扶老), fen' }) eldercareFen: number;
  @ApiProperty({ description: 'Approved for all four purposes, fen' }) totalFen: number;
  @ApiPropertyOptional({ description: 'Share with 2 decimals; absent when nothing is approved' })
  percent?: string;
  @ApiProperty({ example: 55 }) floorPercent: number;
  @ApiPropertyOptional({ description: 'Absent when nothing is approved' }) meetsFloor?: boolean;
}

export class AnnualDisclosureView {
  @ApiProperty({ enum: ['PUBLISHED', 'NOT_DUE', 'DUE_SOON', 'OVERDUE'] }) status: string;
  @ApiProperty({ example: '2027-06-30' }) deadline: string;
  @ApiProperty({ description: 'Calendar days to the deadline; negative once overdue' })
  daysLeft: number;
}

/** A programme year at a glance: the eldercare share (R21) and the annual disclosure (R23). */
export class LotteryYearView {
  @ApiProperty() fiscalYear: number;
  @ApiProperty() programmes: number;
  @ApiProperty() budgetFen: number;
  @ApiProperty({ description: 'Approved, committed or paid' }) approvedFen: number;
  @ApiProperty() paidFen: number;
  @ApiProperty({ type: EldercareShareView }) eldercare: EldercareShareView;
  @ApiProperty({ type: AnnualDisclosureView }) annualDisclosure: AnnualDisclosureView;
}
