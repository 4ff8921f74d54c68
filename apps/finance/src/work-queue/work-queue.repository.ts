import type { WorkTally } from '@civic/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Finance's work-queue tallies (issue #18): one aggregate row each, over indexed columns
 * (disbursement_batch.status, payment (status, fund), payment.reissue_of, the one-open-re-issue
 * index) or small tables (clawbacks and their receipts).
 */
@Injectable()
export class FinanceWorkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async tally(sql: string, params: unknown[] = []): Promise<WorkTally> {
    const [row] = await this.dataSource.query(sql, params);
    return { count: row.count, oldestAt: row.oldest };
  }

  /** rule R28: submitted batches someone else made, for this checker. */
  batchesToCheck(checkerId: string): Promise<WorkTally> {
    return this.tally(
      `SELECT count(*)::int AS count, min(created_at) AS oldest FROM "finance".disbursement_batch
        WHERE status = 'SUBMITTED' AND maker_id <> $1`,
      [checkerId],
    );
  }

  /** rule R28: payments their programmes asked for, awaiting a maker's batch. */
  paymentsToBatch(): Promise<WorkTally> {
    return this.tally(
      `SELECT count(*)::int AS count, min(requested_at) AS oldest FROM "finance".payment
        WHERE status = 'AWAITING_BATCH'`,
    );
  }

  /**
   * rule R28: failed payments that may still be paid again (their commitment open, never
   * re-issued, no proposal awaiting its checker), as ReissuesService would accept them.
   */
  paymentsToReissue(): Promise<WorkTally> {
    return this.tally(
      `SELECT count(*)::int AS count, min(p.requested_at) AS oldest FROM "finance".payment p
         JOIN "finance".commitment c ON c.id = p.commitment_id AND c.status = 'ACCEPTED'
        WHERE p.status = 'FAILED'
          AND NOT EXISTS (SELECT 1 FROM "finance".payment n WHERE n.reissue_of = p.id)
          AND NOT EXISTS (SELECT 1 FROM "finance".payment_reissue r
                           WHERE r.payment_id = p.id AND r.status = 'PROPOSED')`,
    );
  }

  /** rule R28: re-issues another finance user proposed, for this checker. */
  reissuesToCheck(checkerId: string): Promise<WorkTally> {
    return this.tally(
      `SELECT count(*)::int AS count, min(proposed_at) AS oldest FROM "finance".payment_reissue
        WHERE status = 'PROPOSED' AND proposed_by <> $1`,
      [checkerId],
    );
  }

  /** rule R19: clawbacks with money still to come back, whose receipts a maker records. */
  clawbacksOpen(): Promise<WorkTally> {
    return this.tally(
      `SELECT count(*)::int AS count, min(opened_at) AS oldest FROM "finance".clawback
        WHERE status IN ('OPEN', 'PARTLY_RECOVERED')`,
    );
  }

  /** rule R28: receipts another finance user recorded, for this checker. */
  receiptsToCheck(checkerId: string): Promise<WorkTally> {
    return this.tally(
      `SELECT count(*)::int AS count, min(recorded_at) AS oldest FROM "finance".clawback_receipt
        WHERE status = 'PENDING' AND recorded_by <> $1`,
      [checkerId],
    );
  }
}
