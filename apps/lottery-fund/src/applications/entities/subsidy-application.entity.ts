import type {
  ApplicationStatusValue,
  BeneficiaryDto,
  BudgetLineDto,
  DecisionView,
  PriorityView,
  StatusReasonView,
} from '@civic/contracts';
import type { FormAnswers } from '@civic/domain/forms';
import type { AreaType } from '@civic/domain/organizations';
import type { CommitmentState, PaymentState } from '@civic/domain/programme';
import type { AwardSource } from '@civic/domain/priority';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SealedPayeeAccount } from '@civic/platform/pii';

/**
 * An organization's application to a subsidy programme: the project, whom it serves (R7), its
 * budget lines (checked against R22 when entered) and its priority score with reasons (R13),
 * fixed at submission with the organization's snapshot of that moment.
 */
@Entity('subsidy_application')
@Index(['programmeId'])
// rule R27: a programme funds an organization's project once; a refused one may be applied again.
@Index('subsidy_application_once', ['programmeId', 'organizationId', 'projectKey'], {
  unique: true,
  where: `status NOT IN ('REJECTED', 'COMMITMENT_REFUSED', 'WITHDRAWN')`,
})
@Index(['organizationId'])
// issue #18: the work queue counts undecided applications by programme, oldest first.
@Index('subsidy_application_submitted', ['programmeId', 'submittedAt'], {
  where: `status = 'SUBMITTED'`,
})
export class SubsidyApplication {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 100 })
  organizationName: string;

  @Column({ type: 'varchar', length: 5 })
  organizationAreaType: AreaType;

  @Column({ type: 'char', length: 9 })
  streetCode: string;

  @Column({ type: 'varchar', length: 100 })
  projectName: string;

  /** The project name as compared for sameness (projectKey, R27). */
  @Column({ type: 'varchar', length: 120 })
  projectKey: string;

  @Column({ type: 'varchar', length: 5 })
  projectAreaType: AreaType;

  @Column({ type: 'jsonb' })
  beneficiaries: BeneficiaryDto[];

  @Column({ type: 'jsonb' })
  budgetLines: BudgetLineDto[];

  @Column({ type: 'bigint', transformer: bigintFen })
  requestedFen: number;

  @Column({ type: 'varchar', length: 50 })
  contactName: string;

  /** Sealed (R30): a PersonalDataCipher token; `contactPhoneMasked` is what views show. */
  @Column({ type: 'text' })
  contactPhone: string;

  @Column({ type: 'varchar', length: 20, default: '' })
  contactPhoneMasked: string;

  /** The payee account with its number sealed (R28, R30); opened only to ask finance to pay. */
  @Column({ type: 'jsonb' })
  bankAccount: SealedPayeeAccount;

  /** Derived from the decision, then from commitmentState and paymentState (applicationStatus). */
  @Column({ type: 'varchar', length: 20 })
  status: ApplicationStatusValue;

  /** Once approved: the commitment at finance, as the programme kit keeps it (R27). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  commitmentState: CommitmentState | null;

  /** Once approved: the payment at finance (R28). */
  @Column({ type: 'varchar', length: 15, nullable: true })
  paymentState: PaymentState | null;

  /** What finance released of the commitment after a withdrawal (R27). */
  @Column({ type: 'bigint', transformer: bigintFen, default: 0 })
  releasedFen: number;

  /** The R13 bonus, kept as a column to rank by, and its reasons. */
  @Column({ type: 'int' })
  priorityBonus: number;

  @Column({ type: 'jsonb' })
  priority: PriorityView;

  /** The BANNED_USES policy version (R22) its budget was checked under (issue #17). */
  @Column({ type: 'varchar', length: 30, nullable: true })
  budgetPolicyVersion: string | null;

  /** Answers to the programme's added questions (issue #17), checked against its form; never disclosed (R23). */
  @Column({ type: 'jsonb', default: {} })
  answers: FormAnswers;

  /** The version of the programme's form the answers were given to; 0 without one. */
  @Column({ type: 'int', default: 0 })
  formVersion: number;

  /** The officer's merit assessment, 0–100; ranked with the bonus as merit × (1 + bonus/100). */
  @Column({ type: 'int', nullable: true })
  merit: number | null;

  /** Where the ranking took the approved money from (R14); kept by later rankings. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  fundingSource: AwardSource | null;

  @Column({ type: 'varchar', length: 64 })
  submittedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;

  /** The officer's decision, with the comment the applicant sees. */
  @Column({ type: 'jsonb', nullable: true })
  decision: DecisionView | null;

  /** Why it was refused or failed (finance's reason, the bank's), for the applicant. */
  @Column({ type: 'jsonb', nullable: true })
  statusReason: StatusReasonView | null;

  /** The payment asked of finance with the commitment; its id is the bank's key (a new one when re-issued). */
  @Column({ type: 'uuid', nullable: true })
  paymentId: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  bankReference: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  /** Set when the payment went to a custodian on the organization's behalf (R3). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  custodianName: string | null;
}
