import type { RecusalClauseView } from '@civic/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A reviewer who had to step aside from a proposal, with the clauses that applied (R18). */
@Entity('recusal')
@Index(['callId'])
export class Recusal {
  @PrimaryColumn('uuid')
  proposalId: string;

  @PrimaryColumn('uuid')
  reviewerId: string;

  @Column({ type: 'uuid' })
  callId: string;

  @Column({ type: 'jsonb' })
  clauses: RecusalClauseView[];

  @CreateDateColumn({ type: 'timestamptz' })
  loggedAt: Date;
}
