import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One balanced movement of money (double entry): its lines sum to zero (rules R26–R28). */
@Entity('ledger_posting')
// rule R28: a payment settles once; the database refuses a second SETTLEMENT for the same payment.
@Index('ledger_posting_settles_once', ['reference'], { unique: true, where: `kind = 'SETTLEMENT'` })
export class LedgerPosting {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  /** What moved the money: APPROPRIATION, COMMITMENT, RELEASE, SETTLEMENT, CLAWBACK. */
  @Column({ type: 'varchar', length: 20 })
  kind: string;

  /** The business record behind it, e.g. `commitment:<uuid>`; one posting of a kind per record. */
  @Column({ type: 'varchar', length: 100 })
  reference: string;

  @Column({ type: 'text', nullable: true })
  memo: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  postedAt: Date;
}
