import type { GraduationCriterionDto, SupportPackageDto } from '@civic/contracts';
import type { FormSchema } from '@civic/domain/forms';
import type { IncubationPolicy } from '@civic/domain/incubation';
import type { OrganizationCategory } from '@civic/domain/organizations';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A cohort (批次) of a base: capacity, application window, incubation term, support package and
 * the graduation criteria it records (R16). Dates are calendar dates in China (UTC+8).
 */
@Entity('cohort')
@Index(['baseId'])
export class Cohort {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  baseId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'date' })
  windowOpensOn: string;

  @Column({ type: 'date' })
  windowClosesOn: string;

  /** Staff closed the window before its last day; answers are due from this day. */
  @Column({ type: 'date', nullable: true })
  closedEarlyOn: string | null;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'int' })
  termMonths: number;

  @Column({ type: 'int' })
  ruralReservePercent: number;

  @Column({ type: 'jsonb' })
  support: SupportPackageDto;

  @Column({ type: 'jsonb' })
  graduationCriteria: GraduationCriterionDto[];

  @Column({ type: 'jsonb', nullable: true })
  eligibleCategories: OrganizationCategory[] | null;

  /**
   * The incubation policy (R16) the cohort was opened under, version and numbers (issue #17): its
   * answer deadline, screening and admissions use it, so a later version changes none of them.
   */
  @Column({ type: 'varchar', length: 30 })
  policyVersion: string;

  @Column({ type: 'jsonb' })
  policy: IncubationPolicy;

  /** The questions added to the fixed fields (issue #17), as JSON Schema; frozen at the first application. */
  @Column({ type: 'jsonb', nullable: true })
  form: FormSchema | null;

  /** The form's version: 0 without one, then 1, 2… for each change before the first application. */
  @Column({ type: 'int', default: 0 })
  formVersion: number;

  /** When admissions were decided: every applicant answered. */
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
