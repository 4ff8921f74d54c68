import type { MilestoneState, TranchePayment } from '@civic/domain/venture';
import { bigintFen } from '@civic/platform/database';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One tranche of an award (R19): its milestone (signing, mid-term review, final evaluation) and
 * its payment, asked of finance once released (payment id = tranche id, or the re-issued one's).
 */
@Entity('tranche')
@Index(['awardId', 'position'], { unique: true })
@Index('tranche_payment_id', ['paymentId'])
// issue #18: the work queue finds the agreements to sign and the milestones to evaluate.
@Index('tranche_milestone_open', ['milestone'], {
  where: `milestone IN ('PENDING', 'SUBMITTED')`,
})
export class Tranche {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  awardId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 30 })
  key: string;

  @Column({ type: 'int' })
  percent: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;

  @Column({ type: 'varchar', length: 12 })
  milestone: MilestoneState;

  /** The organization's milestone report. */
  @Column({ type: 'text', nullable: true })
  report: string | null;

  /** The officer's review of the milestone. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reviewComment: string | null;

  @Column({ type: 'varchar', length: 16 })
  payment: TranchePayment;

  /** The payment id at finance: the tranche's id, a new one when finance re-issued it (R28). */
  @Column({ type: 'uuid' })
  paymentId: string;

  @Column({ type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  bankReference: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  statusReason: { code: string; message: string; messageZh: string } | null;
}
