import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AccountHolder } from '../sealed-account';

export type ReissueStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED';

/**
 * A proposal to pay a failed payment again to corrected bank details (R28), four eyes: a finance
 * maker proposes it, a different checker approves it (a new payment awaiting a batch) or rejects
 * it. At most one proposal per failed payment is open at a time.
 */
@Entity('payment_reissue')
@Index('payment_reissue_one_open', ['paymentId'], { unique: true, where: `status = 'PROPOSED'` })
@Index('payment_reissue_approved_once', ['paymentId'], {
  unique: true,
  where: `status = 'APPROVED'`,
})
export class PaymentReissue {
  @PrimaryColumn('uuid')
  id: string;

  /** The failed payment. */
  @Column({ type: 'uuid' })
  paymentId: string;

  /** The corrected account's holder and bank; its number is sealed beside it (R30). */
  @Column({ type: 'jsonb' })
  bankAccount: AccountHolder;

  /** R30: the corrected account number, sealed (a PersonalDataCipher token). */
  @Column({ type: 'text' })
  accountNumberSealed: string;

  /** The corrected account number as views show it (`****1234`). */
  @Column({ type: 'varchar', length: 20 })
  accountNumberMasked: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'varchar', length: 10 })
  status: ReissueStatus;

  @Column({ type: 'varchar', length: 64 })
  proposedBy: string;

  @Column({ type: 'varchar', length: 100 })
  proposedByName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  proposedAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  decidedByName: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionComment: string | null;

  /** The new payment an approval created. */
  @Column({ type: 'uuid', nullable: true })
  newPaymentId: string | null;
}
