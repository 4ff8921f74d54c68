import {
  EDITABLE_POLICY_KINDS,
  type EditablePolicyKind,
  type PolicyChangeStatus,
} from '@civic/domain/policy';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PagedQuery } from '../common/page.query';
import { CALENDAR_DATE } from '../common/year-month';

const DIVISION = /^\d{2}(\d{2}00|\d{4})$/;
const STATUSES: PolicyChangeStatus[] = ['PROPOSED', 'APPROVED', 'REJECTED', 'WITHDRAWN'];

/**
 * A new version of a policy, proposed by one administrator for a second to approve (issue #17,
 * R28). Its version is `body.version`; the body is checked against its kind on write.
 */
export class ProposePolicyDto {
  @ApiProperty({ enum: EDITABLE_POLICY_KINDS, example: 'RESERVE' })
  @IsIn(EDITABLE_POLICY_KINDS as unknown as string[])
  kind: EditablePolicyKind;

  @ApiProperty({
    example: '450000',
    description: 'The province (450000), a city (450100) or a county (450103) it applies to',
  })
  @Matches(DIVISION, { message: 'regionCode must be a 6-digit division code' })
  regionCode: string;

  @ApiProperty({ example: '2027-01-01', description: 'First day it applies (Beijing time)' })
  @Matches(CALENDAR_DATE, { message: 'effectiveFrom must be a date YYYY-MM-DD' })
  effectiveFrom: string;

  @ApiProperty({ minLength: 2, maxLength: 500, example: '省厅2027年度创投资助方案调整' })
  @IsString()
  @Length(2, 500)
  reason: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The policy document: its `version` and the fields of its kind, as in force now',
    example: { version: '2027.1', ruralReservePercent: 35 },
  })
  @IsObject()
  body: Record<string, unknown>;
}

/** A second administrator's approval or rejection, or the proposer's withdrawal. */
export class DecidePolicyDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class ListPoliciesQuery extends PagedQuery {
  @ApiPropertyOptional({ enum: EDITABLE_POLICY_KINDS })
  @IsOptional()
  @IsIn(EDITABLE_POLICY_KINDS as unknown as string[])
  kind?: EditablePolicyKind;

  @ApiPropertyOptional({ example: '450000' })
  @IsOptional()
  @Matches(DIVISION, { message: 'regionCode must be a 6-digit division code' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: PolicyChangeStatus;
}

export class PolicyInForceQuery {
  @ApiPropertyOptional({
    example: '450103',
    description: 'The region asked about; a county sees its own, its city’s or the province’s',
  })
  @IsOptional()
  @Matches(DIVISION, { message: 'regionCode must be a 6-digit division code' })
  regionCode?: string;

  @ApiPropertyOptional({ example: '2027-01-01', description: 'The day; today if none' })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'on must be a date YYYY-MM-DD' })
  on?: string;
}

export class PolicyDocumentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EDITABLE_POLICY_KINDS }) kind: EditablePolicyKind;
  @ApiProperty() regionCode: string;
  @ApiProperty() version: string;
  @ApiProperty({ format: 'date' }) effectiveFrom: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) body: Record<string, unknown>;
  @ApiProperty({ enum: STATUSES }) status: PolicyChangeStatus;
  @ApiProperty() reason: string;
  @ApiProperty({ description: 'User id, or "seed"' }) proposedBy: string;
  @ApiProperty() proposedByName: string;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
  @ApiProperty({ type: String, nullable: true }) decidedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedByName: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionNote: string | null;
  @ApiProperty({ description: 'The code rule whose numbers it carries, e.g. R13' }) rule: string;
}

export class PolicyPageView {
  @ApiProperty({ type: [PolicyDocumentView] }) items: PolicyDocumentView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** The version in force of every kind, for a region on a day. */
export class PoliciesInForceView {
  @ApiProperty() regionCode: string;
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty({ type: [PolicyDocumentView] }) items: PolicyDocumentView[];
}
