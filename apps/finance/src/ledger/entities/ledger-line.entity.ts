import { bigintFen } from '@civic/platform/database';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One side of a posting: signed fen, + debit, − credit (rule R26). */
@Entity('ledger_line')
@Index(['account'])
@Index(['postingId'])
export class LedgerLine {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'bigint' })
  postingId: string;

  @Column({ type: 'varchar', length: 80 })
  account: string;

  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;
}
