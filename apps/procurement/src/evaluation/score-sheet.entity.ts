import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One panel member's scores of one bid, on the criteria announced (R25; rankBids refuses any
 * other). Sent once; the ranking reads every member's sheet of every bid.
 */
@Entity('score_sheet')
export class ScoreSheet {
  @PrimaryColumn('uuid')
  bidId: string;

  @PrimaryColumn('uuid')
  expertId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'jsonb' })
  scores: Record<string, number>;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;
}
