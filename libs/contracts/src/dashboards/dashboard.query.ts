import { MAX_DASHBOARD_YEAR, MIN_DASHBOARD_YEAR } from '@civic/domain/dashboards';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { FUND_CODES, type FundCodeValue } from '../messages/finance/commitment-requested.v1';
import { PROGRAMMES, type ProgrammeName } from '../messages/finance/programmes';

/** A Guangxi division code: the province 45, a city (4 digits), a county (6) or a street (9). */
export const AREA_CODE_PATTERN = /^45(\d{2}(\d{2}(\d{3})?)?)?$/;

/**
 * The filters every dashboard takes (issue #18): a year and an area to drill into (R1: province →
 * city → county → street). Without an area: the province, or as much of it as the caller sees.
 */
export class DashboardQuery {
  @ApiPropertyOptional({
    example: 2026,
    minimum: MIN_DASHBOARD_YEAR,
    maximum: MAX_DASHBOARD_YEAR,
    description: 'Only this year (each view says how it reads a year); all years without it',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(MIN_DASHBOARD_YEAR)
  @Max(MAX_DASHBOARD_YEAR)
  year?: number;

  @ApiPropertyOptional({
    example: '4501',
    pattern: AREA_CODE_PATTERN.source,
    description: 'The area: 45 (Guangxi), a city (4501), a county (450103) or a street (450103001)',
  })
  @IsOptional()
  @Matches(AREA_CODE_PATTERN, {
    message:
      'areaCode must be a Guangxi division code: 45, a city (4 digits), a county (6) or a street (9)',
  })
  areaCode?: string;
}

/** The programme dashboards' filters: a fund (R27) and a programme besides year and area. */
export class ProgrammeDashboardQuery extends DashboardQuery {
  @ApiPropertyOptional({ enum: FUND_CODES, enumName: 'FundCode' })
  @IsOptional()
  @IsIn(FUND_CODES)
  fund?: FundCodeValue;

  @ApiPropertyOptional({ enum: PROGRAMMES, enumName: 'ProgrammeName' })
  @IsOptional()
  @IsIn(PROGRAMMES)
  programme?: ProgrammeName;
}

/** The timeliness dashboard's filters: a programme besides year and area (no fund: times, not money). */
export class TimelinessDashboardQuery extends DashboardQuery {
  @ApiPropertyOptional({ enum: PROGRAMMES, enumName: 'ProgrammeName' })
  @IsOptional()
  @IsIn(PROGRAMMES)
  programme?: ProgrammeName;
}
