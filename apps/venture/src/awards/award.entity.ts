import type { AwardSource } from '@civic/domain/priority';
import type { AwardStatus } from '@civic/domain/venture';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export interface OpenedClawback {
  id: string;
  amountFen: number;
  reason: string;
  openedBy: string;
  openedAt: string;
  /** What finance confirmed came back so far (finance.clawback-recovered.v1), and the status. */
  recoveredFen?: number;
  status?: 'PARTLY_RECOVERED' | 'RECOVERED';
}

/**
 * An award made in ranked order within the call's budget and rural reserve (R19), committed at
 * finance for its whole amount (commitment id = award id = proposal id) and paid in tranches. Its
 * status follows the programme kit's commitment (awardStatusOf): once a milestone fails it pays no
 * more, and the unpaid rest is released (CLOSING → CLOSED).
 */
@Entity('award')
@Index(['callId'])
// issue #18: an organization's awards, for the milestone reports it may file.
@Index(['organizationId'])
export class Award {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  callId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;

  @Column({ type: 'varchar', length: 20 })
  source: AwardSource;

  @Column({ type: 'int' })
  rank: number;

  @Column({ type: 'varchar', length: 500 })
  comment: string;

  @Column({ type: 'varchar', length: 64 })
  decidedBy: string;

  @Column({ type: 'varchar', length: 20 })
  status: AwardStatus;

  @Column({ type: 'jsonb', nullable: true })
  statusReason: { code: string; message: string; messageZh: string } | null;

  /** What finance released of the commitment once the award paid no more (R27). */
  @Column({ type: 'bigint', transformer: bigintFen, default: 0 })
  releasedFen: number;

  /**
   * Clawbacks opened after a failed final evaluation (R19), recorded at finance, oldest first; a
   * further one may be opened once the earlier ones are recovered.
   */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  clawbacks: OpenedClawback[];

  @CreateDateColumn({ type: 'timestamptz' })
  decidedAt: Date;

  /**
   * The organization's street (R1) when it was awarded, from this service's snapshot: where its
   * times count in the timeliness tally (issue #18). Null: not known (no snapshot).
   */
  @Column({ type: 'char', length: 9, nullable: true })
  streetCode: string | null;
}
