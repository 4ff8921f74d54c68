import type { PaymentStatusValue } from '@civic/contracts';
import type { Payee } from '@civic/domain/finance';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AccountHolder } from '../sealed-account';

/**
 * One payment a programme asked for (rule R28). The id is the programme's payment id and the
 * bank's idempotency key. `leaseUntil` guards a payment at the bank: while it runs, no other worker
 * touches the payment; once it has passed, the worker that held it is presumed dead and the bank
 * is asked what happened before anything is sent again.
 */
@Entity('payment')
// issue #19: with the amount, the list's count and sum read the index alone (1.2 million payments).
@Index(['status', 'fund', 'amountFen'])
// issue #19: the payments list's order, whole or by status.
@Index('payment_listed', ['requestedAt', 'id'])
@Index('payment_listed_by_status', ['status', 'requestedAt', 'id'])
@Index(['batchId'])
@Index(['commitmentId'])
@Index('payment_due', ['nextAttemptAt'], { where: `status IN ('PENDING', 'SENT')` })
// issue #18: the failed payments still to re-issue are those no payment re-issues yet.
@Index('payment_reissue_of', ['reissueOf'], { where: 'reissue_of IS NOT NULL' })
export class Payment {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  commitmentId: string;

  @Column({ type: 'varchar', length: 40 })
  programme: string;

  @Column({ type: 'varchar', length: 30 })
  fund: string;

  @Column({ type: 'int' })
  fiscalYear: number;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 100 })
  organizationName: string;

  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;

  @Column({ type: 'varchar', length: 200 })
  reference: string;

  /** Who the money is for and where it goes (rule R3: a custodian on the organization's behalf). */
  @Column({ type: 'jsonb' })
  payee: Payee;

  /** Who holds the account the bank transfer goes to (the custodian's under custody), and where. */
  @Column({ type: 'jsonb', nullable: true })
  bankAccount: AccountHolder | null;

  /** R30: the account number, sealed (a PersonalDataCipher token); opened only to pay it. */
  @Column({ type: 'text', nullable: true })
  accountNumberSealed: string | null;

  /** The account number as views, lists and exports show it (`****1234`). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  accountNumberMasked: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: PaymentStatusValue;

  @Column({ type: 'uuid', nullable: true })
  batchId: string | null;

  /** Times the payment was sent to the bank. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** When the next step is due: a send, a retry or an inquiry at the bank. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** When a job for it was last put on the queue (the sweeper re-queues lost ones). */
  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  /** Names the worker holding the lease: only it may record the bank's answer. */
  @Column({ type: 'uuid', nullable: true })
  leaseToken: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  bankReference: string | null;

  @Column({ type: 'jsonb', nullable: true })
  failure: { code: string; message: string; messageZh: string } | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  /** The failed payment this one re-issues to corrected bank details (R28), if any. */
  @Column({ type: 'uuid', nullable: true })
  reissueOf: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}
