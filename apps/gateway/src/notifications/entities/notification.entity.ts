import type { DecisionOutcome, DecisionSubject, ProgrammeName } from '@civic/contracts';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A decision about the user's organization, told to one user in the app (issue #18). One per user
 * and decision (the decision's business key): a decision told twice makes no second one.
 */
@Entity('notification')
@Index('notification_once_per_user', ['userId', 'decisionId'], { unique: true })
@Index('notification_of_user', ['userId', 'createdAt'])
@Index('notification_unread', ['userId'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 200 })
  decisionId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 40 })
  programme: ProgrammeName;

  @Column({ type: 'varchar', length: 40 })
  subjectType: DecisionSubject;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'varchar', length: 40 })
  outcome: DecisionOutcome;

  @Column({ type: 'varchar', length: 200 })
  titleZh: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn: string;

  /** Integer fen (R26). */
  @Column({ type: 'bigint', nullable: true, transformer: bigintFen })
  amountFen: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reasonZh: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reasonEn: string | null;

  @Column({ type: 'timestamptz' })
  decidedAt: Date;

  @Column({ type: 'varchar', length: 200 })
  link: string;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
