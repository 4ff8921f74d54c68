import type { ReportFigure, ReportKind } from '@civic/domain/procurement';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A performance report (履约报告) by the undertaker on a contract year (R25): progress during the
 * year or the year's one final report, over a period within the year, with what was achieved of
 * the contract's indicators. Read by officers and the undertaker only, never published: it may
 * name the people served (R30).
 */
@Entity('contract_report')
@Index('contract_report_contract', ['contractId'])
@Index('contract_report_final_once', ['yearId'], { unique: true, where: `kind = 'FINAL'` })
export class ContractReport {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @Column({ type: 'uuid' })
  yearId: string;

  /** The contract year reported on, 1 for the first. */
  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 10 })
  kind: ReportKind;

  @Column({ type: 'date' })
  periodFrom: string;

  @Column({ type: 'date' })
  periodTo: string;

  @Column({ type: 'text' })
  summary: string;

  /** What was achieved, per indicator of the contract named. */
  @Column({ type: 'jsonb' })
  figures: ReportFigure[];

  /** The applicant who submitted it, by name. */
  @Column({ type: 'varchar', length: 64 })
  submittedBy: string;

  /** By the database clock. */
  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;
}
