import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Money an organization returned under a clawback (R19), as a finance maker recorded it from the
 * bank statement. A finance checker, not the maker, confirms it (R28); only then is it posted to
 * the ledger (AVAILABLE +, DISBURSED −) and counted as recovered. A rejected receipt counts for
 * nothing and stays on record.
 */
@Entity('clawback_receipt')
@Index(['clawbackId'])
export class ClawbackReceipt {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clawbackId: string;

  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;

  /** The bank's reference of the incoming transfer. */
  @Column({ type: 'varchar', length: 64 })
  bankReference: string;

  /** `YYYY-MM-DD`, the day the money arrived. */
  @Column({ type: 'date' })
  receivedOn: string;

  @Column({ type: 'varchar', length: 10 })
  status: 'PENDING' | 'CONFIRMED' | 'REJECTED';

  @Column({ type: 'varchar', length: 64 })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
