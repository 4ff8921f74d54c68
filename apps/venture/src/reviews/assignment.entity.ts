import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A reviewer drawn for a proposal (R18), and the scores they gave (R17). */
@Entity('review_assignment')
@Index(['reviewerId'])
// issue #18: whether every sheet of a call is in, for the officer's work queue.
@Index(['callId'])
export class ReviewAssignment {
  @PrimaryColumn('uuid')
  proposalId: string;

  @PrimaryColumn('uuid')
  reviewerId: string;

  @Column({ type: 'uuid' })
  callId: string;

  @Column({ type: 'jsonb', nullable: true })
  scores: Record<string, number> | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  scoredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt: Date;
}
