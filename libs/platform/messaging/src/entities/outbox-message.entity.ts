import type { TraceCarrier } from '@civic/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A message waiting to leave, written in the same transaction as the state change that caused it.
 * The row id is the message id and the BullMQ job id in every queue that takes it.
 * `publishedEpoch` is the Redis epoch it was published under: if Redis loses its data the epoch
 * changes, and every row not yet confirmed is published again. `jobId` is the job of the bundle the
 * row was last relayed in (null when it travelled alone, as the job named by its own id).
 * `traceContext` is the W3C trace context of the transaction that wrote it (issue #20), which the
 * relay hands on in the job, so the consumer's handling joins the producer's trace.
 */
@Entity('outbox')
@Index('outbox_unconfirmed', ['createdAt'], { where: 'confirmed_at IS NULL' })
export class OutboxMessage {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'jsonb' })
  payload: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  publishedEpoch: string | null;

  @Column({ type: 'int', default: 0 })
  publishCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  jobId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  traceContext: TraceCarrier | null;
}
