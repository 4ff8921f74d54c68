import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { FUND_CODES, type FundCodeValue } from '../messages/finance/commitment-requested.v1';

/** A fund's budget for a fiscal year and where it stands (rule R27), in fen (rule R26). */
export class FundPositionView {
  @ApiProperty({ enum: FUND_CODES, enumName: 'FundCode' }) fund: FundCodeValue;
  @ApiProperty({ example: 2026 }) fiscalYear: number;
  @ApiProperty({ description: 'Budget granted so far' }) appropriatedFen: number;
  @ApiProperty({ description: 'Not yet committed' }) availableFen: number;
  @ApiProperty({ description: 'Committed, not yet paid' }) committedFen: number;
  @ApiProperty({ description: 'Paid out, net of clawbacks' }) disbursedFen: number;
}

/** One fiscal year, for the queries that ask about a year (funds, a lottery programme year). */
export class FiscalYearQuery {
  @ApiProperty({ example: 2026, minimum: 2000, maximum: 2100 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;
}

export class FundsQuery extends FiscalYearQuery {}

/** Add to a fund's budget for a year; audited (rule R31). */
export class AppropriateBudgetDto {
  @ApiProperty({ enum: FUND_CODES, enumName: 'FundCode' })
  @IsIn(FUND_CODES)
  fund: FundCodeValue;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @ApiProperty({ description: 'Integer fen (R26)', example: 50_000_000 })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen: number;
}
