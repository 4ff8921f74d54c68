import {
  AreaType,
  FounderBackground,
  FoundingPartner,
  FundingSource,
  LegalForm,
  OrganizationCategory,
  PriorityGroup,
  ServiceField,
} from '@civic/domain/organizations';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsUscc } from '../common/is-uscc.decorator';
import { YEAR_MONTH } from '../common/year-month';
import { FinancialCustodianDto, LeaderDto } from './leader.dto';
import { LocationDto, PostalAddressDto } from './location.dto';

const MAX_FEN = 1_000_000_000_000; // 10 billion yuan: far above any community organization

/** What an applicant or officer submits to register a community social organization (R1–R5, R29). */
export class RegisterOrganizationDto {
  @ApiProperty({ example: '新竹社区夕阳红志愿服务队' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ enum: Object.values(OrganizationCategory) })
  @IsIn(Object.values(OrganizationCategory))
  category: OrganizationCategory;

  @ApiProperty({ enum: Object.values(AreaType) })
  @IsIn(Object.values(AreaType))
  areaType: AreaType;

  @ApiProperty({ type: LocationDto })
  @ValidateNested()
  @Type(() => LocationDto)
  location: LocationDto;

  @ApiProperty({ type: PostalAddressDto })
  @ValidateNested()
  @Type(() => PostalAddressDto)
  postalAddress: PostalAddressDto;

  @ApiPropertyOptional({ description: 'Activity site; several organizations may share one (R4)' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  activitySite?: string;

  @ApiProperty({ description: 'Registered funds in fen (R26)', example: 200000 })
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  registeredFundsFen: number;

  @ApiProperty({ description: 'A street/township federation (联合会) of organizations (R2)' })
  @IsBoolean()
  isFederation: boolean;

  @ApiProperty({ description: 'Individual members', example: 12 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  memberCount: number;

  @ApiPropertyOptional({ type: [String], description: 'Member organizations (federations only)' })
  @ValidateIf(
    (o: RegisterOrganizationDto) => o.isFederation || o.memberOrganizationIds !== undefined,
  )
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(5000)
  @IsUUID('4', { each: true })
  memberOrganizationIds?: string[];

  @ApiProperty({ type: [LeaderDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LeaderDto)
  leaders: LeaderDto[];

  @ApiProperty({
    type: [String],
    example: ['2026-09', '2026-10'],
    description: "Months with activities ('YYYY-MM')",
  })
  @IsArray()
  @ArrayMaxSize(240)
  @Matches(YEAR_MONTH, { each: true, message: "each value in activityMonths must be 'YYYY-MM'" })
  activityMonths: string[];

  @ApiPropertyOptional({ type: FinancialCustodianDto, description: 'Financial custodian (R3)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FinancialCustodianDto)
  financialCustodian?: FinancialCustodianDto;

  @ApiPropertyOptional({
    description: 'Unified social credit code (R29)',
    example: '52450103MJ0000000X',
  })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @ApiPropertyOptional({ description: 'Takes on government functions (R12)' })
  @IsOptional()
  @IsBoolean()
  takesGovernmentFunctions?: boolean;

  @ApiPropertyOptional({
    enum: Object.values(FounderBackground),
    description: 'Rural founder background (R8)',
  })
  @IsOptional()
  @IsIn(Object.values(FounderBackground))
  founderBackground?: FounderBackground;

  @ApiPropertyOptional({
    enum: Object.values(PriorityGroup),
    isArray: true,
    description: 'Groups served (R7)',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(Object.values(PriorityGroup), { each: true })
  servedGroups?: PriorityGroup[];

  @ApiPropertyOptional({
    enum: Object.values(FundingSource),
    description: 'Who funded it (R9); RESIDENTS when left out',
  })
  @IsOptional()
  @IsIn(Object.values(FundingSource))
  fundingSource?: FundingSource;

  @ApiPropertyOptional({
    enum: Object.values(FoundingPartner),
    description:
      'Founded alone (NONE, when left out) or jointly with a street office/township or a residents’ committee (R9)',
  })
  @IsOptional()
  @IsIn(Object.values(FoundingPartner))
  foundingPartner?: FoundingPartner;

  @ApiPropertyOptional({
    enum: Object.values(ServiceField),
    description: 'The field it works in (R9); OTHER when left out',
  })
  @IsOptional()
  @IsIn(Object.values(ServiceField))
  serviceField?: ServiceField;

  @ApiPropertyOptional({
    enum: Object.values(LegalForm),
    description:
      'Legal form; a FOUNDATION is excepted from the registered-funds minimum (R2). SOCIAL_GROUP when left out',
  })
  @IsOptional()
  @IsIn(Object.values(LegalForm))
  legalForm?: LegalForm;
}
