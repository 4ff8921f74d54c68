import { bigintFen } from '@civic/platform/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Each account's balance, kept in the same transaction as the lines it sums, so reads and budget
 * checks need not add up the whole ledger. It is derived data: the reconciliation check
 * recomputes it from `ledger_line` and reports any difference.
 */
@Entity('account_balance')
export class AccountBalance {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  account: string;

  @Column({ type: 'bigint', transformer: bigintFen })
  balanceFen: number;
}
