import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Money a programme is to recover from an organization (R19: an award whose final evaluation
 * failed), recorded against the commitment it was paid under. OPEN while it is recovered; REFUSED
 * when it asked for more than was paid.
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

  @Column({ type: 'varchar', length: 10 })
  status: 'OPEN' | 'REFUSED';

  @CreateDateColumn({ type: 'timestamptz' })
  openedAt: Date;
}
