import type { FormSchema } from '@civic/domain/forms';
import type { LotteryPurpose } from '@civic/domain/lottery';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A lottery welfare fund subsidy programme: one year, one purpose (R20), a budget, a rural reserve (R14). */
@Entity('subsidy_programme')
@Index(['fiscalYear', 'purpose'])
export class SubsidyProgramme {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  fiscalYear: number;

  @Column({ type: 'varchar', length: 20 })
  purpose: LotteryPurpose;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'bigint', transformer: bigintFen })
  budgetFen: number;

  @Column({ type: 'int' })
  ruralReservePercent: number;

  /** The questions added to the fixed fields (issue #17), as JSON Schema; frozen at the first application. */
  @Column({ type: 'jsonb', nullable: true })
  form: FormSchema | null;

  /** The form's version: 0 without one, then 1, 2… for each change before the first application. */
  @Column({ type: 'int', default: 0 })
  formVersion: number;

  @Column({ type: 'varchar', length: 64 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
