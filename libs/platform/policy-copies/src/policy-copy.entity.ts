import type { EditablePolicyKind, PolicyBody } from '@civic/domain/policy';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * This service's copy of an approved policy version (issue #17), from the organizations service's
 * `policy-approved` messages (never read from its schema), so a decision resolves the policy in
 * force locally and never waits on a remote call. An approved version never changes, so a second
 * delivery changes nothing.
 */
@Entity('policy_copy')
export class PolicyCopy {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  kind: EditablePolicyKind;

  @PrimaryColumn({ type: 'char', length: 6 })
  regionCode: string;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  version: string;

  @Column({ type: 'date' })
  effectiveFrom: string;

  @Column({ type: 'jsonb' })
  body: PolicyBody;

  @UpdateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}
