import { AreaType, ManagementTier, OrganizationCategory } from '@civic/domain/organizations';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { PageQuery } from '../common/page.query';

export class ListOrganizationsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '450103' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'countyCode must be a 6-digit county code' })
  countyCode?: string;

  @ApiPropertyOptional({ enum: Object.values(ManagementTier) })
  @IsOptional()
  @IsIn(Object.values(ManagementTier))
  tier?: ManagementTier;

  @ApiPropertyOptional({ enum: Object.values(OrganizationCategory) })
  @IsOptional()
  @IsIn(Object.values(OrganizationCategory))
  category?: OrganizationCategory;

  @ApiPropertyOptional({ enum: Object.values(AreaType) })
  @IsOptional()
  @IsIn(Object.values(AreaType))
  areaType?: AreaType;

  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
