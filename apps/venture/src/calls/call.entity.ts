import type { RubricCriterionDto, TrancheDto } from '@civic/contracts';
import type { FormSchema } from '@civic/domain/forms';
import type { PriorityGroup } from '@civic/domain/organizations';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A call for proposals (R17): budget from the venture philanthropy fund, funding range per project,
 * focus groups (R7), rubric, deadline, tranche plan (R19) and rural reserve (R14).
 */
@Entity('venture_call')
export class VentureCall {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int' })
  fiscalYear: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  budgetFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  minFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  maxFen: number;

  @Column({ type: 'jsonb' })
  focusGroups: PriorityGroup[];

  @Column({ type: 'jsonb' })
  rubric: RubricCriterionDto[];

  @Column({ type: 'jsonb' })
  tranches: TrancheDto[];

  @Column({ type: 'int' })
  ruralReservePercent: number;

  @Column({ type: 'timestamptz' })
  deadline: Date;

  /** The reviewer draw: its seed and when, once drawn. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintFen })
  drawSeed: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  drawnAt: Date | null;

  /** When an officer concluded the round (R19): the proposals left were passed over, no award after. */
  @Column({ type: 'timestamptz', nullable: true })
  concludedAt: Date | null;

  /** The CONFLICTS policy version (R18) the draw used (issue #17): the seed and it redraw the same. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  drawPolicyVersion: string | null;

  /** The questions added to the fixed fields (issue #17), as JSON Schema; frozen at the first proposal. */
  @Column({ type: 'jsonb', nullable: true })
  form: FormSchema | null;

  /** The form's version: 0 without one, then 1, 2… for each change before the first proposal. */
  @Column({ type: 'int', default: 0 })
  formVersion: number;

  @Column({ type: 'varchar', length: 64 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
