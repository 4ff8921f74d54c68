import type { BatchStatusValue } from '@civic/contracts';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A disbursement batch (rule R28): made by a finance maker, decided by a different finance
 * checker, then paid. The counters follow its payments as they settle or fail.
 */
@Entity('disbursement_batch')
@Index(['status'])
export class DisbursementBatch {
  @PrimaryColumn('uuid')
  id: string;

  /** PB-<year>-<sequence>, for people. */
  @Column({ type: 'varchar', length: 20, unique: true })
  number: string;

  @Column({ type: 'varchar', length: 20 })
  status: BatchStatusValue;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 64 })
  makerId: string;

  @Column({ type: 'varchar', length: 64 })
  makerName: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  checkerId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  checkerName: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionComment: string | null;

  @Column({ type: 'int' })
  paymentCount: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  totalFen: number;

  @Column({ type: 'int', default: 0 })
  settledCount: number;

  @Column({ type: 'bigint', transformer: bigintFen, default: 0 })
  settledFen: number;

  @Column({ type: 'int', default: 0 })
  failedCount: number;

  @Column({ type: 'bigint', transformer: bigintFen, default: 0 })
  failedFen: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
