import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintSeq } from './bigint-seq.transformer';

/**
 * One link of a service's audit chain (rule R31): who decided what about which entity, when, and
 * the state before and after. It lives in the service's own schema. `seq` is assigned by
 * `AuditTrail` as the last seq + 1 (contiguous, no gaps), and `hash` covers every other column,
 * `prev_hash` included, so changing, removing or reordering an entry breaks the chain.
 * Rows are only ever inserted: nothing updates or deletes them.
 */
@Entity('audit_entry')
@Index('audit_entry_entity', ['entityType', 'entityId'])
export class AuditEntry {
  @PrimaryColumn({ type: 'bigint', transformer: bigintSeq })
  seq: number;

  /** Millisecond precision: that is all a JavaScript Date (and so the hash) carries. */
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column('text')
  actorId: string;

  @Column('text', { array: true })
  actorRoles: string[];

  /** What was decided, e.g. 'organization.registered', 'tier.decided', 'personal-data.unmasked'. */
  @Column('text')
  action: string;

  @Column('text')
  entityType: string;

  @Column('text')
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
