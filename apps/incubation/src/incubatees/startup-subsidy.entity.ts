import type { PayeeAccountDto, StatusReasonView } from '@civic/contracts';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type SubsidyStatus = 'REQUESTED' | 'COMMITTED' | 'PAID' | 'REFUSED' | 'PAYMENT_FAILED';

/**
 * An incubatee's start-up subsidy (R15), asked of finance from the incubation fund: its id is the
 * commitment's. REQUESTED → COMMITTED (payment asked) → PAID, or REFUSED / PAYMENT_FAILED with
 * finance's reason. One per incubatee.
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

  @Column({ type: 'jsonb' })
  bankAccount: PayeeAccountDto;

  @Column({ type: 'varchar', length: 20 })
  status: SubsidyStatus;

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
