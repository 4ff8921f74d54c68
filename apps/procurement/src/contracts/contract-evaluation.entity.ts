import type {
  EvaluationDecision,
  EvaluationKind,
  EvaluatorKind,
  IndicatorScore,
} from '@civic/domain/procurement';
import { bigintFen } from '@civic/platform/database';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A monitoring check or a year's final evaluation of a contract (R25), by the buyer or a third
 * party: its scores per indicator, the total, what it decided of its instalment and the policy
 * version that decided it. One final evaluation per contract year.
 */
@Entity('contract_evaluation')
@Index('contract_evaluation_contract', ['contractId'])
@Index('contract_evaluation_final_once', ['yearId'], { unique: true, where: `kind = 'FINAL'` })
export class ContractEvaluation {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @Column({ type: 'uuid' })
  yearId: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 10 })
  kind: EvaluationKind;

  @Column({ type: 'varchar', length: 12 })
  evaluator: EvaluatorKind;

  @Column({ type: 'varchar', length: 100 })
  evaluatorName: string;

  @Column({ type: 'jsonb' })
  scores: IndicatorScore[];

  @Column({ type: 'numeric', precision: 5, scale: 2 })
  totalScore: string;

  @Column({ type: 'boolean' })
  passed: boolean;

  /** What it decided of its instalment; null for a check with no instalment left to decide. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  decision: EvaluationDecision | null;

  @Column({ type: 'uuid', nullable: true })
  instalmentId: string | null;

  /** Of the final instalment: what is paid, and what is withheld and released (R26). */
  @Column({ type: 'bigint', nullable: true, transformer: bigintFen })
  payFen: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: bigintFen })
  withheldFen: number | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text' })
  reasonZh: string;

  @Column({ type: 'text' })
  comment: string;

  @Column({ type: 'varchar', length: 30 })
  policyVersion: string;

  @Column({ type: 'varchar', length: 64 })
  evaluatedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  evaluatedAt: Date;
}
