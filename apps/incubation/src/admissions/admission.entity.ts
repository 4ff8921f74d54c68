import type {
  AdmissionDecisionView,
  AdmissionStatusValue,
  ApplicantKindValue,
  PriorityView,
  ScreeningView,
} from '@civic/contracts';
import type { FormAnswers } from '@civic/domain/forms';
import type {
  AreaType,
  FounderBackground,
  OrganizationCategory,
  PriorityGroup,
} from '@civic/domain/organizations';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An application to a cohort from an organization (facts from its snapshot) or a founding group
 * (facts as stated), screened at entry and ranked for admission (R16 with R13/R14).
 */
@Entity('admission_application')
@Index(['cohortId', 'status'])
@Index('admission_once_per_organization', ['cohortId', 'organizationId'], {
  unique: true,
  where: 'organization_id IS NOT NULL',
})
export class AdmissionApplication {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ApplicantKindValue;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int', nullable: true })
  founders: number | null;

  @Column({ type: 'varchar', length: 20 })
  category: OrganizationCategory;

  @Column({ type: 'varchar', length: 5 })
  areaType: AreaType;

  @Column({ type: 'char', length: 6 })
  countyCode: string;

  @Column({ type: 'char', length: 9 })
  streetCode: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  founderBackground: FounderBackground | null;

  @Column({ type: 'jsonb' })
  servedGroups: PriorityGroup[];

  @Column({ type: 'text' })
  plan: string;

  @Column({ type: 'varchar', length: 50 })
  contactName: string;

  /** Sealed (R30): a PersonalDataCipher token; `contactPhoneMasked` is what views show. */
  @Column({ type: 'text' })
  contactPhone: string;

  @Column({ type: 'varchar', length: 20, default: '' })
  contactPhoneMasked: string;

  @Column({ type: 'jsonb' })
  priority: PriorityView;

  @Column({ type: 'int' })
  priorityBonus: number;

  @Column({ type: 'jsonb' })
  screening: ScreeningView;

  @Column({ type: 'int', nullable: true })
  merit: number | null;

  @Column({ type: 'varchar', length: 20 })
  status: AdmissionStatusValue;

  @Column({ type: 'jsonb', nullable: true })
  decision: AdmissionDecisionView | null;

  /** Answers to the cohort's added questions (issue #17), checked against its form. */
  @Column({ type: 'jsonb', default: {} })
  answers: FormAnswers;

  /** The version of the cohort's form the answers were given to; 0 without one. */
  @Column({ type: 'int', default: 0 })
  formVersion: number;

  @Column({ type: 'varchar', length: 64 })
  submittedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;
}
