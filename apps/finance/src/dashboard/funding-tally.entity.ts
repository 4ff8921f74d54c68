import { bigintFen } from '@civic/platform/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The funding tally (issue #18): per recipient street, fiscal year, programme and fund, the money
 * of finance's commitments at each step (R26–R28) and the parts of it to rural (R14), public-welfare
 * and government-function (R12), Party-led (R10) recipients and, of the lottery fund's
 * social-welfare use, to eldercare (R20, R21), committed (net of releases) and paid. One row per
 * combination with money in it: at most streets × years × programmes × funds. Moved in the same
 * transaction as every decision, payment, batch, settlement, failure, release, re-issue and
 * clawback (funding-moves.ts); the funding dashboard reads only this. Recipients finance does not
 * know count under the street 000000000 (UNKNOWN_STREET_CODE).
 */
@Entity('funding_tally')
export class FundingTally {
  @PrimaryColumn({ type: 'char', length: 9 })
  streetCode: string;

  @PrimaryColumn({ type: 'int' })
  fiscalYear: number;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  programme: string;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  fund: string;

  /** Commitments accepted (closed ones included). */
  @Column({ type: 'int' })
  commitments: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  committedFen: number;

  /** Payments asked, awaiting a batch. */
  @Column({ type: 'bigint', transformer: bigintFen })
  awaitingBatchFen: number;

  /** Payments in a batch: awaiting its checker, to be sent, or at the bank. */
  @Column({ type: 'bigint', transformer: bigintFen })
  inBatchFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  paidFen: number;

  /** Payments failed for good, of open commitments, not re-issued yet. */
  @Column({ type: 'bigint', transformer: bigintFen })
  failedFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  releasedFen: number;

  /** What clawbacks not refused claim back (R19). */
  @Column({ type: 'bigint', transformer: bigintFen })
  clawedBackFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  recoveredFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  ruralCommittedFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  publicWelfareCommittedFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  governmentFunctionsCommittedFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  partyLedCommittedFen: number;

  /** The lottery fund's social-welfare use: subsidies naming a purpose (R20). */
  @Column({ type: 'bigint', transformer: bigintFen })
  welfareUseCommittedFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  eldercareCommittedFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  ruralPaidFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  publicWelfarePaidFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  governmentFunctionsPaidFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  partyLedPaidFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  welfareUsePaidFen: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  eldercarePaidFen: number;
}
