import type { EditablePolicyKind, PolicyBody, PolicyChangeStatus } from '@civic/domain/policy';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One version of a policy (issue #17): a kind's numbers for a region from a day, proposed by one
 * administrator and approved by a second (R28). An approved version is never edited; a change is
 * a new version. Decisions stamp the version they used. The migration seeds each kind's first
 * version, APPROVED, for the province.
 */
@Entity('policy_document')
@Index('UQ_policy_document_version', ['kind', 'regionCode', 'version'], {
  unique: true,
  where: `status IN ('PROPOSED', 'APPROVED')`,
})
@Index('UQ_policy_document_effective', ['kind', 'regionCode', 'effectiveFrom'], {
  unique: true,
  where: `status = 'APPROVED'`,
})
export class PolicyDocument {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 30 })
  kind: EditablePolicyKind;

  @Column({ type: 'char', length: 6 })
  regionCode: string;

  @Column({ type: 'varchar', length: 30 })
  version: string;

  @Column({ type: 'date' })
  effectiveFrom: string;

  @Column({ type: 'jsonb' })
  body: PolicyBody;

  @Column({ type: 'varchar', length: 12 })
  status: PolicyChangeStatus;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'varchar', length: 100 })
  proposedBy: string;

  @Column({ type: 'varchar', length: 100 })
  proposedByName: string;

  @Column({ type: 'timestamptz' })
  proposedAt: Date;

  @Column({ type: 'varchar', length: 100, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  decidedByName: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;
}
