import type { EvaluationCriterion, ProjectStatus, PurchaseMethod } from '@civic/domain/procurement';
import type { FormSchema } from '@civic/domain/forms';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * A purchase project (政府购买服务项目, R25): one catalogue item bought within the year's budget
 * (Order 102 art. 14) by a method of the procurement law, its criteria announced before bidding
 * (R12's tilt only as announced criteria). `policyVersion` is the purchase policy it was checked
 * against; its status moves only through purchaseProjectStatus.
 */
@Entity('purchase_project')
@Index('purchase_project_year_status', ['fiscalYear', 'status'])
// issue #18: the work queue counts the projects of every year at one step.
@Index('purchase_project_status', ['status'])
export class PurchaseProject {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  catalogueItemId: string;

  @Column({ type: 'char', length: 6 })
  regionCode: string;

  @Column({ type: 'int' })
  fiscalYear: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'bigint', transformer: bigintFen })
  budgetFen: number;

  @Column({ type: 'varchar', length: 30 })
  method: PurchaseMethod;

  @Column({ type: 'text', nullable: true })
  methodJustification: string | null;

  @Column({ type: 'int' })
  contractMonths: number;

  /** The funding for the whole term is secured (Order 102 art. 24, for a stable item). */
  @Column({ type: 'boolean', default: false })
  budgetSecured: boolean;

  @Column({ type: 'boolean', default: false })
  reservedForSocialOrganizations: boolean;

  @Column({ type: 'jsonb' })
  criteria: EvaluationCriterion[];

  @Column({ type: 'varchar', length: 20 })
  status: ProjectStatus;

  @Column({ type: 'varchar', length: 30 })
  policyVersion: string;

  @Column({ type: 'timestamptz', nullable: true })
  announcedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  bidDeadline: Date | null;

  /** The seed of the panel draw (R18), kept so the draw can be repeated and audited. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintFen })
  panelSeed: number | null;

  /** The CONFLICTS policy version (R18) the panel draw used (issue #17). */
  @Column({ type: 'varchar', length: 30, nullable: true })
  panelPolicyVersion: string | null;

  /** The winning bid, once awarded; another after an upheld objection. */
  @Column({ type: 'uuid', nullable: true })
  awardedBidId: string | null;

  /** The result was published then; objections are taken until `objectionDeadline`. */
  @Column({ type: 'timestamptz', nullable: true })
  resultPublishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  objectionDeadline: Date | null;

  /**
   * The questions added to the bid (issue #17), as JSON Schema; changeable while the project is a
   * draft or announced, frozen at its first bid.
   */
  @Column({ type: 'jsonb', nullable: true })
  form: FormSchema | null;

  /** The form's version: 0 without one, then 1, 2… for each change before the first bid. */
  @Column({ type: 'int', default: 0 })
  formVersion: number;

  @Column({ type: 'varchar', length: 64 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
