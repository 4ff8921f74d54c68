import { bigintFen } from '@civic/platform/database';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Procurement's copy of finance's government purchase budget per fiscal year (R27), kept from
 * `finance.budget-appropriated.v1`: a purchase project may only be created for a catalogue item
 * within a budget (R25, Order 102 art. 14). Finance still decides each commitment.
 */
@Entity('purchase_budget')
export class PurchaseBudget {
  @PrimaryColumn({ type: 'int' })
  fiscalYear: number;

  /** Integer fen (R26): the fund-year's whole appropriation, as finance last announced it. */
  @Column({ type: 'bigint', transformer: bigintFen })
  appropriatedFen: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}
