import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type InKindKind = 'SPACE' | 'FEE_WAIVER';

/** Free space or waived fees given to an incubatee, valued in fen with how (R15, R16, R26). */
@Entity('in_kind_support')
@Index(['incubateeId'])
export class InKindSupport {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  incubateeId: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: InKindKind;

  @Column({ type: 'bigint', transformer: bigintFen })
  valueFen: number;

  /** The figures it was valued from, as the board explains it. */
  @Column({ type: 'jsonb' })
  basis: Record<string, number | string>;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
