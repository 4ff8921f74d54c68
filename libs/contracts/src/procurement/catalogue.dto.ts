import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PagedQuery } from '../common/page.query';

const DIVISION_CODE = /^\d{6}$/;
const DIVISION_MESSAGE =
  'regionCode must be a 6-digit division code of a province, city or county (R24)';

/**
 * An item of the catalogue of services the government purchases (政府购买服务指导性目录, R24;
 * Order 102 art. 14), for one region and fiscal year, in up to three category levels.
 */
export class CreateCatalogueItemDto {
  @ApiProperty({
    example: '450000',
    description: 'Division code of the province, city or county whose catalogue this is',
  })
  @Matches(DIVISION_CODE, { message: DIVISION_MESSAGE })
  regionCode: string;

  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) fiscalYear: number;

  @ApiProperty({
    example: ['基本公共服务', '养老服务', '居家养老'],
    description: 'Category levels, the broadest first: one to three',
    type: [String],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  categories: string[];

  @ApiProperty({ example: '居家养老上门探访' }) @IsString() @Length(2, 100) name: string;

  @ApiProperty({ example: '为独居、空巢老人提供每月两次上门探访、健康提醒和安全检查' })
  @IsString()
  @Length(2, 2000)
  description: string;

  @ApiProperty({ example: '人次', description: 'The unit the service is counted in' })
  @IsString()
  @Length(1, 20)
  unit: string;

  @ApiPropertyOptional({
    description: 'Reference price per unit, integer fen (R26)',
    example: 8000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  referencePriceFen?: number;

  @ApiPropertyOptional({
    default: false,
    description:
      'Fixed content, continuing need, stable funding, little price change (Order 102 art. 24)',
  })
  @IsOptional()
  @IsBoolean()
  stable?: boolean;
}

export class CatalogueItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() fiscalYear: number;
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty() unit: string;
  @ApiProperty({ type: Number, nullable: true }) referencePriceFen: number | null;
  @ApiProperty() stable: boolean;
  @ApiProperty({ description: 'The negative-list policy version the item was checked against' })
  policyVersion: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** Catalogue items, a page at a time, by region, fiscal year and category (any level). */
export class CatalogueQuery extends PagedQuery {
  @ApiPropertyOptional({ example: '450000' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: DIVISION_MESSAGE })
  regionCode?: string;

  @ApiPropertyOptional({ example: 2026, minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;

  @ApiPropertyOptional({ example: '养老服务', description: 'A category name at any level' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  category?: string;
}

export class CataloguePage {
  @ApiProperty({ type: [CatalogueItemView] }) items: CatalogueItemView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
