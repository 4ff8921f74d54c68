import { BASE_LEVELS, type BaseLevel } from '@civic/domain/incubation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PagedQuery } from '../common/page.query';
import { IsMainlandPhone } from '../common/contact.decorators';

/** An incubation base (社区社会组织服务（孵化）基地) at one of five levels (R15). */
export class CreateBaseDto {
  @ApiProperty({ example: '青秀区社区社会组织孵化基地' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ enum: BASE_LEVELS, enumName: 'BaseLevel' })
  @IsIn(BASE_LEVELS)
  level: BaseLevel;

  @ApiProperty({ example: '450103', description: 'County (6 digits): its service area' })
  @Matches(/^\d{6}$/, { message: 'countyCode must be 6 digits' })
  countyCode: string;

  @ApiProperty({ example: '南宁市青秀区民族大道 100 号' })
  @IsString()
  @Length(5, 200)
  address: string;

  @ApiProperty({ example: '黄丽' }) @IsString() @Length(2, 50) contactName: string;

  @ApiProperty({ example: '0771-5550000' })
  @IsMainlandPhone()
  contactPhone: string;
}

/** A room or desk area a base lends; a shared one (合署办公) hosts several organizations (R4). */
export class CreateVenueDto {
  @ApiProperty({ example: '二楼共享办公区' }) @IsString() @Length(2, 100) name: string;

  @ApiProperty({ description: 'Square metres', example: 60 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  areaM2: number;

  @ApiProperty({ description: 'Organizations it can host', example: 4 })
  @IsInt()
  @Min(1)
  @Max(100)
  capacity: number;

  @ApiProperty({ description: 'Shared by several organizations (R4)' })
  @IsBoolean()
  shared: boolean;

  @ApiProperty({
    description: 'Market rent in fen per m² per month, for valuing free space (R15, R26)',
    example: 3000,
  })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  monthlyRateFenPerM2: number;
}

export class VenueView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) baseId: string;
  @ApiProperty() name: string;
  @ApiProperty() areaM2: number;
  @ApiProperty() capacity: number;
  @ApiProperty() shared: boolean;
  @ApiProperty() monthlyRateFenPerM2: number;
  @ApiProperty({ description: 'Organizations assigned now' }) occupants: number;
}

export class BaseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: BASE_LEVELS, enumName: 'BaseLevel' }) level: BaseLevel;
  @ApiProperty() countyCode: string;
  @ApiProperty() address: string;
  @ApiProperty() contactName: string;
  @ApiProperty() contactPhone: string;
  @ApiProperty({ type: [VenueView] }) venues: VenueView[];
}

export class BasePage {
  @ApiProperty({ type: [BaseView] }) items: BaseView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** Incubation bases, a page at a time, by name. */
export class BasesQuery extends PagedQuery {
  @ApiPropertyOptional({ example: '450103' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'countyCode must be 6 digits' })
  countyCode?: string;
}
