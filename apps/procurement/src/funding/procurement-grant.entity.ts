import type { PayeeAccountDto, StatusReasonView } from '@civic/contracts';
import type { CommitmentState, PaymentState } from '@civic/domain/programme';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A 政府购买服务 grant, paid at once (a single payout): asked of finance from the GOVERNMENT_PURCHASE fund
 * with its one payment, and its id is the commitment's. Where it stands follows the programme
 * kit's commitment and payment states (singlePayoutStatus in @civic/domain/programme). One per
 * organization, project and fiscal year. The programme's own facts (its application, the
 * decision) belong in entities of its own; this is what finance needs and answers.
 */
@Entity('procurement_grant')
@Index('procurement_grant_once', ['organizationId', 'fiscalYear', 'title'], { unique: true })
export class ProcurementGrant {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 100 })
  organizationName: string;

  /** What the grant is for: the project's name, on the bank transfer's reference. */
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'int' })
  fiscalYear: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;

  @Column({ type: 'jsonb' })
  bankAccount: PayeeAccountDto;

  @Column({ type: 'varchar', length: 10 })
  commitmentState: CommitmentState;

  @Column({ type: 'varchar', length: 15 })
  paymentState: PaymentState;

  /** What finance released of the commitment after a withdrawal (R27). */
  @Column({ type: 'bigint', transformer: bigintFen, default: 0 })
  releasedFen: number;

  /** Finance's refusal or the bank's decline, in both languages. */
  @Column({ type: 'jsonb', nullable: true })
  statusReason: StatusReasonView | null;

  /** The payment id at finance: the first, or the new one after a re-issue (R28). */
  @Index('procurement_grant_payment', { unique: true })
  @Column({ type: 'uuid' })
  paymentId: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  bankReference: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  /** The custodian paid on the organization's behalf (R3), when there was one. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  custodianName: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;
}
