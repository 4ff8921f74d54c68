import type { CommitmentStatus } from '@civic/domain/finance';
import type { CommitmentRecipientV2 } from '@civic/contracts';
import type { AreaType, OrganizationCategory } from '@civic/domain/organizations';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A programme's claim on a fund's budget for a year (rule R27): accepted or refused, with why;
 * closed once its programme will pay no more of it, with what was released.
 */
@Entity('commitment')
@Index(['fund', 'fiscalYear'])
export class Commitment {
  /** The programme's business key: asking twice commits once. */
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  programme: string;

  @Column({ type: 'varchar', length: 30 })
  fund: string;

  @Column({ type: 'int' })
  fiscalYear: number;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'bigint', transformer: bigintFen })
  amountFen: number;

  @Column({ type: 'varchar', length: 200 })
  reference: string;

  @Column({ type: 'varchar', length: 10 })
  status: CommitmentStatus;

  /** Why it was refused, in English and Chinese; null when accepted. */
  @Column({ type: 'jsonb', nullable: true })
  refusal: { code: string; message: string; messageZh: string } | null;

  @CreateDateColumn({ type: 'timestamptz' })
  decidedAt: Date;

  /** What RELEASE postings gave back to the budget (a withdrawal, a failed evaluation). */
  @Column({ type: 'bigint', transformer: bigintFen, default: 0 })
  releasedFen: number;

  /** Why the programme will pay no more of it; null while open. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  closeReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  // issue #18: the recipient as the programme named it (finance.commitment-requested.v2), for the
  // funding tally; all null when unknown (a v1 request, a payee outside the registry).

  /** The recipient's street (R1), 9 digits. */
  @Column({ type: 'char', length: 9, nullable: true })
  recipientStreetCode: string | null;

  @Column({ type: 'char', length: 6, nullable: true })
  recipientCountyCode: string | null;

  /** URBAN or RURAL (R8, R14). */
  @Column({ type: 'varchar', length: 5, nullable: true })
  recipientAreaType: AreaType | null;

  /** Its category (R1; PUBLIC_WELFARE for R12). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  recipientCategory: OrganizationCategory | null;

  /** Led by a Party member (R10). */
  @Column({ type: 'boolean', nullable: true })
  recipientPartyLed: boolean | null;

  /** Takes on government functions (R12). */
  @Column({ type: 'boolean', nullable: true })
  recipientTakesGovernmentFunctions: boolean | null;

  /** A lottery subsidy's purpose (R20); ELDERLY counts for the eldercare floor (R21). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  recipientPurpose: CommitmentRecipientV2['purpose'] | null;
}
