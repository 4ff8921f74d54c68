import type { BidStatus } from '@civic/domain/procurement';
import type { FormAnswers } from '@civic/domain/forms';
import { bigintFen } from '@civic/platform/database';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A bid (投标 / 响应文件) on a purchase project by a listed undertaker (R24, R25): its price and
 * service proposal, taken until the deadline by the database clock. One standing bid per undertaker and project (a withdrawn one may be replaced).
 * Its status moves only through bidStatus; the panel's scores and the rank come with the evaluation.
 */
@Entity('bid')
@Index('procurement_bid_once', ['projectId', 'entryId'], {
  unique: true,
  where: `status <> 'WITHDRAWN'`,
})
export class Bid {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  /** The undertaker's directory entry (承接主体目录). */
  @Column({ type: 'uuid' })
  entryId: string;

  /** The undertaker's name and kind when it bid, for the panel and the published result. */
  @Column({ type: 'varchar', length: 100 })
  undertakerName: string;

  @Column({ type: 'varchar', length: 40 })
  undertakerKind: string;

  @Column({ type: 'bigint', transformer: bigintFen })
  priceFen: number;

  @Column({ type: 'text' })
  proposal: string;

  @Column({ type: 'varchar', length: 20 })
  status: BidStatus;

  /** Answers to the project's added questions (issue #17), checked against its form; never public. */
  @Column({ type: 'jsonb', default: {} })
  answers: FormAnswers;

  /** The version of the project's form the answers were given to; 0 without one. */
  @Column({ type: 'int', default: 0 })
  formVersion: number;

  /** By the database clock, in the transaction that checked the deadline. */
  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'varchar', length: 64 })
  submittedBy: string;

  /** Weighted total and rank, once the panel has scored (rankBids). */
  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  totalScore: string | null;

  @Column({ type: 'int', nullable: true })
  rank: number | null;

  /** When the award ranked it, deciding it (issue #18: its time to decision, R16). */
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /**
   * Its undertaker's street (R1) when it was decided, from this service's snapshot of the
   * undertaker's organization; null for undertakers outside the registry (R25): area unknown.
   */
  @Column({ type: 'char', length: 9, nullable: true })
  streetCode: string | null;
}
