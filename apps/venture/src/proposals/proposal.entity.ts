import type { FormAnswers } from '@civic/domain/forms';
import type { PriorityView, ProposalBudgetLineDto, ProposalStatusValue } from '@civic/contracts';
import type { AreaType, PriorityGroup } from '@civic/domain/organizations';
import { bigintFen } from '@civic/platform/database';
import type { SealedPayeeAccount } from '@civic/platform/pii';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** An organization's proposal to a call: a draft until submitted, then frozen (R17). */
@Entity('proposal')
@Index(['callId', 'status'])
@Index(['organizationId'])
export class Proposal {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  callId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 100 })
  organizationName: string;

  @Column({ type: 'varchar', length: 5 })
  organizationAreaType: AreaType;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'varchar', length: 5 })
  projectAreaType: AreaType;

  @Column({ type: 'jsonb' })
  servedGroups: PriorityGroup[];

  @Column({ type: 'jsonb' })
  budgetLines: ProposalBudgetLineDto[];

  @Column({ type: 'bigint', transformer: bigintFen })
  requestedFen: number;

  @Column({ type: 'varchar', length: 50 })
  contactName: string;

  /** Sealed (R30): a PersonalDataCipher token; `contactPhoneMasked` is what views show. */
  @Column({ type: 'text' })
  contactPhone: string;

  @Column({ type: 'varchar', length: 20, default: '' })
  contactPhoneMasked: string;

  /** The account number sealed, with its masked form beside it (R28, R30). */
  @Column({ type: 'jsonb' })
  bankAccount: SealedPayeeAccount;

  @Column({ type: 'varchar', length: 20 })
  status: ProposalStatusValue;

  @Column({ type: 'jsonb' })
  priority: PriorityView;

  @Column({ type: 'int' })
  priorityBonus: number;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Answers to the call's added questions (issue #17), checked against its form. */
  @Column({ type: 'jsonb', default: {} })
  answers: FormAnswers;

  /** The version of the call's form the answers were given to; 0 without one. */
  @Column({ type: 'int', default: 0 })
  formVersion: number;

  @Column({ type: 'varchar', length: 64 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
