import type { ClawbackStatus } from '@civic/domain/finance';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Money a programme is to recover from an organization (R19: an award whose final evaluation
 * failed), recorded against the commitment it was paid under. OPEN until money comes back, then
 * PARTLY_RECOVERED and RECOVERED as checked receipts bring it back; REFUSED when it asked for more
 * than was paid.
 */
@Entity('clawback')
@Index(['commitmentId'])
export class Clawback {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  commitmentId: string;

  @Column({ type: 'varchar', length: 30 })
  programme: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;

  /** What had been paid against the commitment when it was opened. */
  @Column({ type: 'bigint', transformer: bigintFen })
  paidFen: number;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  /** What confirmed receipts brought back (each one posted to the ledger). */
  @Column({ type: 'bigint', transformer: bigintFen, default: 0 })
  recoveredFen: number;

  @Column({ type: 'varchar', length: 20 })
  status: ClawbackStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  openedAt: Date;
}
