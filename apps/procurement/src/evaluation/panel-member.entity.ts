import type { ConflictClause } from '@civic/domain/conflicts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A member of a project's evaluation panel (评审委员会), drawn with drawPanel (R18). */
@Entity('panel_member')
// issue #18: a member's panels, for their bids to score.
@Index('panel_member_user', ['userId'])
export class PanelMember {
  @PrimaryColumn('uuid')
  projectId: string;

  @PrimaryColumn('uuid')
  expertId: string;

  /** The user who scores: only they may send this member's sheets. */
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;
}

/** An expert who had to step aside from a bidder, with the clauses (R18): logged, drawn or not. */
@Entity('panel_recusal')
export class PanelRecusal {
  @PrimaryColumn('uuid')
  projectId: string;

  @PrimaryColumn('uuid')
  expertId: string;

  @PrimaryColumn('uuid')
  bidId: string;

  @Column({ type: 'jsonb' })
  clauses: ConflictClause[];
}
