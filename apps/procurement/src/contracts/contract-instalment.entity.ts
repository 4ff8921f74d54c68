import type { StatusReasonView } from '@civic/contracts';
import type { InstalmentRelease, InstalmentTrigger } from '@civic/domain/procurement';
import type { PaymentState } from '@civic/domain/programme';
import { bigintFen } from '@civic/platform/database';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One instalment of a contract year (R25): released by what triggers it (signing or renewal, a
 * passing monitoring check, the final evaluation) or held by a failed one, and paid through
 * finance once released and the year committed (payment id = its id, or the re-issued one's, R28).
 * The final instalment is asked of finance only after the final evaluation, so a reduced amount is
 * what finance is asked to pay.
 */
@Entity('contract_instalment')
@Index('contract_instalment_position', ['yearId', 'position'], { unique: true })
@Index('contract_instalment_payment', ['paymentId'], { unique: true })
export class ContractInstalment {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @Column({ type: 'uuid' })
  yearId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 30 })
  key: string;

  @Column({ type: 'varchar', length: 20 })
  trigger: InstalmentTrigger;

  /** As scheduled (R26). */
  @Column({ type: 'bigint', transformer: bigintFen })
  scheduledFen: number;

  /** What is paid: the scheduled amount, less once a final evaluation reduced it. */
  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;

  @Column({ type: 'varchar', length: 10 })
  release: InstalmentRelease;

  /** When its trigger released it (database clock). */
  @Column({ type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Column({ type: 'varchar', length: 15 })
  payment: PaymentState;

  @Column({ type: 'uuid' })
  paymentId: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  bankReference: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  /** The custodian paid on the organization's behalf (R3), when there was one. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  custodianName: string | null;

  @Column({ type: 'jsonb', nullable: true })
  statusReason: StatusReasonView | null;
}
