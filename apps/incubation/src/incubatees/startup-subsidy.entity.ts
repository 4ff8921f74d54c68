import type { StatusReasonView } from '@civic/contracts';
import type { SubsidyStatus } from '@civic/domain/incubation';
import type { CommitmentState, PaymentState } from '@civic/domain/programme';
import { bigintFen } from '@civic/platform/database';
import type { SealedPayeeAccount } from '@civic/platform/pii';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An incubatee's start-up subsidy (R15), asked of finance from the incubation fund with its
 * payment: its id is the commitment's. Its status follows the programme kit's commitment and
 * payment states (subsidyStatus): REQUESTED → COMMITTED → PAID, or REFUSED / PAYMENT_FAILED with
 * finance's reason, or WITHDRAWING → WITHDRAWN. One per incubatee.
 */
@Entity('startup_subsidy')
export class StartupSubsidy {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid', unique: true })
  incubateeId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 100 })
  organizationName: string;

  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;

  /** The account number sealed, with its masked form beside it (R28, R30). */
  @Column({ type: 'jsonb' })
  bankAccount: SealedPayeeAccount;

  @Column({ type: 'varchar', length: 20 })
  status: SubsidyStatus;

  @Column({ type: 'varchar', length: 10 })
  commitmentState: CommitmentState;

  @Column({ type: 'varchar', length: 15 })
  paymentState: PaymentState;

  /** What finance released of the commitment after a withdrawal (R27). */
  @Column({ type: 'bigint', transformer: bigintFen, default: 0 })
  releasedFen: number;

  @Column({ type: 'jsonb', nullable: true })
  statusReason: StatusReasonView | null;

  @Column({ type: 'uuid', nullable: true })
  paymentId: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  bankReference: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  custodianName: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;
}
