import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type ObjectionStatus = 'OPEN' | 'UPHELD' | 'DISMISSED';

/**
 * An objection (质疑) to a published result, raised by a bidder within the policy's window and
 * answered by an officer (R25; Government Procurement Law art. 52–53). An upheld objection
 * revokes the award and the next ranked bid takes it. No contract while one is OPEN.
 */
@Entity('objection')
@Index('objection_project_status', ['projectId', 'status'])
// issue #18: the objections still open, for the officers' work queue.
@Index('objection_open', ['projectId'], { where: `status = 'OPEN'` })
export class Objection {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  /** The objector's bid. */
  @Column({ type: 'uuid' })
  bidId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 10 })
  status: ObjectionStatus;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ type: 'varchar', length: 64 })
  raisedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  raisedAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  answeredBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
