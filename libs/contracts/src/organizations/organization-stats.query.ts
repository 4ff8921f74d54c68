import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class OrganizationStatsQuery {
  @ApiPropertyOptional({ example: '450103' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'countyCode must be a 6-digit county code' })
  countyCode?: string;
}
