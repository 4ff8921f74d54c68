import { FORM_LIMITS } from '@civic/domain/forms';
import { LOTTERY_PURPOSES, type LotteryPurpose } from '@civic/domain/lottery';
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
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PagedQuery } from '../common/page.query';
import { FormView, QuestionDto } from '../forms/form.dto';

/**
 * A subsidy programme of the lottery welfare fund for one year and one purpose (R20), with its
 * budget (drawn from the fund at finance when applications are approved) and its rural reserve (R14).
 */
export class CreateSubsidyProgrammeDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @ApiProperty({ enum: LOTTERY_PURPOSES, enumName: 'LotteryPurpose' })
  @IsIn(LOTTERY_PURPOSES)
  purpose: LotteryPurpose;

  @ApiProperty({ example: '2026 年社区居家养老服务补助' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ description: 'Integer fen (R26)', example: 100_000_000 })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  budgetFen: number;

  @ApiPropertyOptional({ description: 'Share reserved for rural applicants (R14)', default: 30 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  ruralReservePercent?: number;

  @ApiPropertyOptional({
    type: [QuestionDto],
    description:
      'Questions added to the fixed fields (issue #17); changeable until the first application',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FORM_LIMITS.questions)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions?: QuestionDto[];
}

export class SubsidyProgrammeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fiscalYear: number;
  @ApiProperty({ enum: LOTTERY_PURPOSES, enumName: 'LotteryPurpose' }) purpose: LotteryPurpose;
  @ApiProperty() name: string;
  @ApiProperty() budgetFen: number;
  @ApiProperty() ruralReservePercent: number;
  @ApiProperty({ description: 'Applications received' }) applicationCount: number;
  @ApiProperty({ description: 'Amount asked by those applications' }) requestedFen: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({
    type: FormView,
    description: 'The added questions, when the programme has any',
  })
  form?: FormView;
}

export class SubsidyProgrammePage {
  @ApiProperty({ type: [SubsidyProgrammeView] }) items: SubsidyProgrammeView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** Programmes, a page at a time, the latest year first. */
export class ProgrammesQuery extends PagedQuery {
  @ApiPropertyOptional({ example: 2026, minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;
}
