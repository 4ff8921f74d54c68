import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One entry of a service's audit chain (rule R31), personal data masked (R30). */
export class AuditEntryView {
  @ApiProperty({ description: 'Its place in the chain, from 1' }) seq: number;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ description: 'Who acted: a user id, or system:… for the platform itself' })
  actorId: string;
  @ApiPropertyOptional({ description: "The user's display name, where the gateway knows the user" })
  actorName?: string;
  @ApiProperty({ type: [String] }) actorRoles: string[];
  @ApiProperty({ example: 'tier.decided' }) action: string;
  @ApiProperty({ example: 'organization' }) entityType: string;
  @ApiProperty() entityId: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The state before (none for a creation); sealed personal data shows as "[sealed]"',
  })
  before: Record<string, unknown> | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The state after; sealed personal data shows as "[sealed]"',
  })
  after: Record<string, unknown> | null;
  @ApiPropertyOptional() requestId?: string;
  @ApiProperty({ description: 'SHA-256 of the entry, chained to the one before' }) hash: string;
}

/** A page of entries, newest first, with how many match in all. */
export class AuditEntryPage {
  @ApiProperty({ type: [AuditEntryView] }) items: AuditEntryView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiPropertyOptional({
    description: 'Where the next page starts (its beforeSeq), if it may have rows',
  })
  nextBeforeSeq?: number;
}

/** How an entry fails the chain (rule R31). */
export const AUDIT_CHAIN_PROBLEMS = [
  'edited',
  'missing-before',
  'out-of-order',
  'broken-link',
] as const;
export type AuditChainProblemValue = (typeof AUDIT_CHAIN_PROBLEMS)[number];

/**
 * A service's chain verified from its first entry (rule R31): intact up to `verifiedUpTo`, or
 * broken at `firstBrokenSeq`, with what the verifier found there.
 */
export class AuditVerificationView {
  @ApiProperty({ example: 'organizations' }) service: string;
  @ApiProperty({ description: 'Every entry links to the one before and matches its hash' })
  ok: boolean;
  @ApiProperty({ description: 'Entries read, up to and including the first broken one' })
  checked: number;
  @ApiProperty({ description: 'The chain is intact from seq 1 up to this seq (0: no entry)' })
  verifiedUpTo: number;
  @ApiPropertyOptional() firstBrokenSeq?: number;
  @ApiPropertyOptional({ enum: AUDIT_CHAIN_PROBLEMS, enumName: 'AuditChainProblem' })
  problem?: AuditChainProblemValue;
  @ApiPropertyOptional({ example: 'entry 57 was edited: its content no longer matches its hash' })
  detail?: string;
  @ApiProperty({ format: 'date-time', description: 'When the verification ran' })
  checkedAt: string;
}
