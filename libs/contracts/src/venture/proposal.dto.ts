import {
  AREA_TYPES,
  type AreaType,
  PRIORITY_GROUPS,
  type PriorityGroup,
} from '@civic/domain/organizations';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PayeeAccountDto } from '../common/payment.view';
import { ANSWERS_API } from '../forms/form.dto';
import { PriorityView } from '../common/priority.view';
import { PagedQuery, sortValues } from '../common/page.query';
import { PROPOSAL_STATUSES, type ProposalStatus } from '@civic/domain/venture';
import { IsMainlandPhone } from '../common/contact.decorators';

export class ProposalBudgetLineDto {
  @ApiProperty({ example: '志愿者培训与保险' }) @IsString() @Length(2, 200) description: string;
  @ApiProperty({ description: 'Integer fen (R26)', example: 1_500_000 })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen: number;
}

/** A proposal's content; a draft may be saved incomplete in spirit, but always in this shape. */
export class ProposalContentDto {
  @ApiProperty({ example: '“邻里守望”独居老人互助计划' }) @IsString() @Length(2, 100) title: string;

  @ApiProperty({ example: '组织低龄老人结对探访高龄独居老人，每周两次' })
  @IsString()
  @Length(10, 2000)
  summary: string;

  @ApiProperty({ enum: AREA_TYPES, enumName: 'AreaType', description: 'Where the project runs' })
  @IsIn(AREA_TYPES)
  projectAreaType: AreaType;

  @ApiProperty({ enum: PRIORITY_GROUPS, isArray: true, description: 'Whom it serves (R7)' })
  @IsArray()
  @ArrayMaxSize(PRIORITY_GROUPS.length)
  @IsIn(PRIORITY_GROUPS, { each: true })
  servedGroups: PriorityGroup[];

  @ApiProperty({ type: [ProposalBudgetLineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ProposalBudgetLineDto)
  budgetLines: ProposalBudgetLineDto[];

  @ApiProperty({ description: 'The amount asked: the budget lines must add up to it (R17)' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  requestedFen: number;

  @ApiProperty({ example: '李红' }) @IsString() @Length(2, 50) contactName: string;

  @ApiProperty({ example: '13800771234' })
  @IsMainlandPhone()
  contactPhone: string;

  @ApiProperty({
    type: PayeeAccountDto,
    description: 'Where tranches are paid (R3: a custodian instead)',
  })
  @ValidateNested()
  @Type(() => PayeeAccountDto)
  bankAccount: PayeeAccountDto;

  @ApiPropertyOptional(ANSWERS_API)
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;
}

export class CreateProposalDto extends ProposalContentDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() callId: string;
}

export { PROPOSAL_STATUSES } from '@civic/domain/venture';
export type ProposalStatusValue = ProposalStatus;

/** A proposal as its organization and the programme officers see it. */
export class ProposalView extends ProposalContentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() callName: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ enum: AREA_TYPES }) organizationAreaType: AreaType;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status: ProposalStatusValue;
  @ApiPropertyOptional({ format: 'date-time' }) submittedAt?: string;
  @ApiProperty({ type: PriorityView }) priority: PriorityView;
  @ApiProperty({
    description: "The version of the call's form the answers were given to; 0 without one",
  })
  formVersion: number;
}

/** What a reviewer sees: the project, not who proposes it (blind review, R18). */
export class BlindProposalView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() callName: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: AREA_TYPES }) projectAreaType: AreaType;
  @ApiProperty({ enum: PRIORITY_GROUPS, isArray: true }) servedGroups: PriorityGroup[];
  @ApiProperty({ type: [ProposalBudgetLineDto] }) budgetLines: ProposalBudgetLineDto[];
  @ApiProperty() requestedFen: number;
  @ApiPropertyOptional(ANSWERS_API) answers?: Record<string, unknown>;
}

export const PROPOSAL_SORTS = sortValues(['createdAt', 'title', 'requestedFen', 'status'] as const);

/** Proposals, a page at a time; the oldest first unless sorted. */
export class ProposalsQuery extends PagedQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() callId?: string;

  @ApiPropertyOptional({ enum: PROPOSAL_SORTS, default: 'createdAt' })
  @IsOptional()
  @IsIn(PROPOSAL_SORTS)
  sort?: (typeof PROPOSAL_SORTS)[number];
}

export class ProposalPage {
  @ApiProperty({ type: [ProposalView] }) items: ProposalView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
