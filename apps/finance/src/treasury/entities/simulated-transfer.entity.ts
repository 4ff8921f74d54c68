import type { BankAccountV1 } from '@civic/contracts';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The simulated bank's own books: one row per idempotency key (payment id) it ever received.
 * `requests` counts how many times the key reached the bank; the transfer is executed at most once
 * whatever that count. A real bank integration keeps these records at the bank instead.
 */
@Entity('simulated_bank_transfer')
export class SimulatedTransfer {
  @PrimaryColumn('uuid')
  paymentId: string;

  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;

  @Column({ type: 'jsonb' })
  toAccount: BankAccountV1;

  @Column({ type: 'varchar', length: 10 })
  outcome: 'EXECUTED' | 'DECLINED';

  @Column({ type: 'varchar', length: 60, nullable: true })
  bankReference: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  declineCode: string | null;

  @Column({ type: 'int', default: 1 })
  requests: number;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}
