import { bigintFen } from '@civic/platform/database';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A fund's budget for a fiscal year (rule R27). Every commitment against it locks this row first,
 * so concurrent commitments are decided one after another and never overrun the budget.
 */
@Entity('fund_budget')
export class FundBudget {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  fund: string;

  @PrimaryColumn({ type: 'int' })
  fiscalYear: number;

  /** The total appropriated so far; the ledger holds how it is split. */
  @Column({ type: 'bigint', transformer: bigintFen })
  appropriatedFen: number;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
