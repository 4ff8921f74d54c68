import type { StatusReasonView } from '@civic/contracts';
import type { CommitmentState } from '@civic/domain/programme';
import { bigintFen } from '@civic/platform/database';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A contract year (R25, R27): the commitment at finance (commitment id = its id) against its own
 * budget year, paid in its instalments. The first is committed at signing; each later one only when
 * renewed against that year's budget. `commitmentState` is null until then, and follows the
 * programme kit afterwards.
 */
@Entity('contract_year')
@Index('contract_year_once', ['contractId', 'year'], { unique: true })
export class ContractYear {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contractId: string;

  /** 1 for the first contract year. */
  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  fiscalYear: number;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'int' })
  months: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  commitmentState: CommitmentState | null;

  /** Finance's refusal, in both languages. */
  @Column({ type: 'jsonb', nullable: true })
  statusReason: StatusReasonView | null;

  /** What finance released of the commitment once the year paid no more (R27). */
  @Column({ type: 'bigint', transformer: bigintFen, default: 0 })
  releasedFen: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  renewedBy: string | null;

  /** Signed (year 1) or renewed, by the database clock. */
  @Column({ type: 'timestamptz', nullable: true })
  renewedAt: Date | null;
}
