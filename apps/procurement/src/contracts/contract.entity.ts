import type {
  ContractStatus,
  Instalment,
  PerformanceIndicator,
  UndertakerKind,
} from '@civic/domain/procurement';
import { bigintFen } from '@civic/platform/database';
import type { SealedPayeeAccount } from '@civic/platform/pii';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A purchase contract (政府购买服务合同, R25; Order 102 art. 23–24): written for an awarded project
 * once its objection window passed, for the awarded bid's price, published. It holds the term, the
 * instalment schedule, the performance indicators and the payee account (sealed, R30); its contract
 * years (ContractYear) are each committed at finance and paid in instalments through the programme
 * kit. One contract per project.
 */
@Entity('contract')
@Index('procurement_contract_project_once', ['projectId'], { unique: true })
@Index('contract_organization', ['organizationId'])
export class Contract {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  bidId: string;

  /** The undertaker's directory entry (承接主体目录); its performance history grows with each year. */
  @Column({ type: 'uuid' })
  entryId: string;

  /** The registered organization of the entry, whose applicant sees the contract; null for others. */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  /**
   * Who finance pays, as its commitments name them: the registered organization, or for an
   * undertaker of another kind (a company, an individual) its directory entry.
   */
  @Column({ type: 'uuid' })
  payeeId: string;

  @Column({ type: 'varchar', length: 100 })
  undertakerName: string;

  @Column({ type: 'varchar', length: 40 })
  undertakerKind: UndertakerKind;

  /** The project's title, on the bank transfer's reference and the published contract. */
  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** The awarded bid's price, integer fen (R26). */
  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'int' })
  months: number;

  /** The project's fiscal year: the first contract year's budget year (R27). */
  @Column({ type: 'int' })
  fiscalYear: number;

  /** The schedule over the whole amount, in fen (checkInstalmentSchedule). */
  @Column({ type: 'jsonb' })
  schedule: Instalment[];

  @Column({ type: 'jsonb' })
  indicators: PerformanceIndicator[];

  /** The account number sealed, with its masked form beside it (R28, R30). */
  @Column({ type: 'jsonb' })
  bankAccount: SealedPayeeAccount;

  @Column({ type: 'varchar', length: 12 })
  status: ContractStatus;

  /** The purchase policy version the term and schedule were checked against. */
  @Column({ type: 'varchar', length: 30 })
  policyVersion: string;

  @Column({ type: 'varchar', length: 64 })
  signedBy: string;

  /** By the database clock. */
  @Column({ type: 'timestamptz' })
  signedAt: Date;
}
