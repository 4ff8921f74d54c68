import type { DisbursementFailedV1, DisbursementSettledV1 } from '@civic/contracts';
import { financePayment, nextBatchStatus, settlePayment } from '@civic/domain/finance';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DisbursementBatch } from '../batches/entities/disbursement-batch.entity';
import { CommitmentReleasesService } from '../commitments/commitment-releases.service';
import { LedgerWriter } from '../ledger/ledger.writer';
import { updatedRows } from '@civic/platform/database';
import { FundingMoves } from '../dashboard/funding-moves';
import type { ClaimedPayment } from './claimed-payment';
import type { ChunkOutcomes, Fail, Settle } from './payment-outcomes';

interface BatchCounters {
  status: string;
  payment_count: number;
  settled_count: number;
  failed_count: number;
}

const PAYMENT_SYSTEM = { userId: 'system:finance-payments', roles: [] };

/** The payment statuses each bank answer moves a SENT payment to (rule R28's state machine). */
const AT_BANK = financePayment.takes('SETTLE');
const SETTLED = financePayment.next('SENT', 'SETTLE');
const FAILED = financePayment.next('SENT', 'FAIL');
const RETRIED = financePayment.next('SENT', 'RETRY');

/**
 * Records a chunk's bank answers in one transaction (rule R28): payment statuses, one SETTLEMENT
 * posting per settled payment, the settled and failed events for the programmes, and the batch's
 * progress. Only payments whose lease this worker still holds are touched, so an answer recorded
 * by another worker is never recorded twice. A failed payment whose commitment was closed while it
 * was at the bank is released (rule R27).
 */
@Injectable()
export class SettlementWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerWriter,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly releases: CommitmentReleasesService,
  ) {}

  async record(batchId: string, token: string, outcomes: ChunkOutcomes): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockCommitmentsOf(manager, outcomes.fail);
      const settled = await this.settle(manager, token, outcomes.settle);
      const failed = await this.fail(manager, token, outcomes.fail);
      // issue #18: paid and failed money in the funding tally (FundingMoves), written with the
      // releases below, before the audit chain's lock.
      const moves = new FundingMoves(manager);
      await moves.payments([
        ...settled.map((p) => ({ id: p.id, from: 'SENT' as const, to: SETTLED })),
        ...failed.map((p) => ({ id: p.id, from: 'SENT' as const, to: FAILED })),
      ]);
      await manager.query(
        `UPDATE "finance".payment p
            SET status = $5, failure = d.failure, lease_until = NULL, lease_token = NULL,
                next_attempt_at = now() + make_interval(secs => d.delay / 1000),
                dispatched_at = now() + make_interval(secs => d.delay / 1000)
           FROM unnest($1::uuid[], $2::jsonb[], $3::float8[]) AS d(id, failure, delay)
          WHERE p.id = d.id AND p.status = ANY($6) AND p.lease_token = $4`,
        [
          outcomes.retry.map((r) => r.payment.id),
          outcomes.retry.map((r) => JSON.stringify(r.failure)),
          outcomes.retry.map((r) => r.delayMs),
          token,
          RETRIED,
          AT_BANK,
        ],
      );
      await manager.query(
        `UPDATE "finance".payment p
            SET lease_until = now() + make_interval(secs => d.delay / 1000), lease_token = NULL,
                dispatched_at = now() + make_interval(secs => d.delay / 1000)
           FROM unnest($1::uuid[], $2::float8[]) AS d(id, delay)
          WHERE p.id = d.id AND p.status = ANY($4) AND p.lease_token = $3`,
        [
          outcomes.inquire.map((r) => r.payment.id),
          outcomes.inquire.map((r) => r.delayMs),
          token,
          AT_BANK,
        ],
      );
      await this.releases.releaseEnded(
        manager,
        failed.map((p) => p.id),
        moves,
      );
      await this.progress(manager, batchId, settled, failed);
    });
  }

  private async settle(manager: EntityManager, token: string, settle: Settle[]) {
    const rows = await updatedRows<{ id: string }>(
      manager,
      `UPDATE "finance".payment p
          SET status = $4, bank_reference = d.ref, settled_at = now(), failure = NULL,
              lease_until = NULL, lease_token = NULL, next_attempt_at = NULL
         FROM unnest($1::uuid[], $2::varchar[]) AS d(id, ref)
        WHERE p.id = d.id AND p.status = ANY($5) AND p.lease_token = $3
        RETURNING p.id`,
      [
        settle.map((s) => s.payment.id),
        settle.map((s) => s.bankReference),
        token,
        SETTLED,
        AT_BANK,
      ],
    );
    const done = new Set(rows.map((row) => row.id));
    const settled = settle.filter((s) => done.has(s.payment.id));
    await this.ledger.postMany(
      manager,
      settled.map(({ payment: p }) => ({
        posting: settlePayment(p.fund, p.fiscalYear, p.amountFen, p.payee),
        reference: `payment:${p.id}`,
      })),
    );
    const settledAt = new Date().toISOString();
    await this.outbox.publishMany(
      manager,
      'finance.disbursement-settled.v1',
      settled.map((s) => settledEvent(s, settledAt)),
    );
    return settled.map((s) => s.payment);
  }

  private async fail(manager: EntityManager, token: string, fail: Fail[]) {
    const rows = await updatedRows<{ id: string }>(
      manager,
      `UPDATE "finance".payment p
          SET status = $4, failure = d.failure, lease_until = NULL, lease_token = NULL,
              next_attempt_at = NULL
         FROM unnest($1::uuid[], $2::jsonb[]) AS d(id, failure)
        WHERE p.id = d.id AND p.status = ANY($5) AND p.lease_token = $3
        RETURNING p.id`,
      [
        fail.map((f) => f.payment.id),
        fail.map((f) => JSON.stringify(f.failure)),
        token,
        FAILED,
        AT_BANK,
      ],
    );
    const done = new Set(rows.map((row) => row.id));
    const failed = fail.filter((f) => done.has(f.payment.id));
    await this.outbox.publishMany(
      manager,
      'finance.disbursement-failed.v1',
      failed.map(failedEvent),
    );
    return failed.map((f) => f.payment);
  }

  /** Adds the chunk to the batch's counters; the last chunk closes the batch, audited (R31). */
  private async progress(
    manager: EntityManager,
    batchId: string,
    settled: ClaimedPayment[],
    failed: ClaimedPayment[],
  ): Promise<void> {
    if (settled.length === 0 && failed.length === 0) return;
    const sum = (list: ClaimedPayment[]) => list.reduce((total, p) => total + p.amountFen, 0);
    const [row] = await updatedRows<BatchCounters>(
      manager,
      `UPDATE "finance".disbursement_batch
          SET settled_count = settled_count + $2, settled_fen = settled_fen + $3,
              failed_count = failed_count + $4, failed_fen = failed_fen + $5
        WHERE id = $1
        RETURNING status, payment_count, settled_count, failed_count`,
      [batchId, settled.length, sum(settled), failed.length, sum(failed)],
    );
    if (row.status !== 'PAYING' || row.settled_count + row.failed_count < row.payment_count) return;
    const status = nextBatchStatus('PAYING', row.failed_count > 0 ? 'SOME_FAILED' : 'ALL_SETTLED');
    await manager.update(DisbursementBatch, batchId, { status, completedAt: new Date() });
    const after = await manager.findOneByOrFail(DisbursementBatch, { id: batchId });
    await this.audit.record(manager, {
      actor: PAYMENT_SYSTEM,
      action: 'batch.completed',
      entityType: 'disbursement-batch',
      entityId: batchId,
      before: { status: 'PAYING' },
      after,
    });
  }
}

/**
 * issue #18: the commitments of the payments that may fail in this chunk, locked first (FOR
 * UPDATE, in id order), before any payment or ledger row: whether a failure counts as failed
 * money depends on its commitment being open, so a commitment closing meanwhile waits for this
 * chunk (and then releases what failed), in the lock order a close takes (commitment, then
 * payments and ledger).
 */
async function lockCommitmentsOf(manager: EntityManager, fail: readonly Fail[]): Promise<void> {
  if (fail.length === 0) return;
  await manager.query(
    `SELECT id FROM "finance".commitment
      WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    [[...new Set(fail.map((f) => f.payment.commitmentId))]],
  );
}

function settledEvent(
  { payment: p, bankReference }: Settle,
  settledAt: string,
): DisbursementSettledV1 {
  const paidTo = p.payee.paidTo;
  return {
    paymentId: p.id,
    commitmentId: p.commitmentId,
    programme: p.programme,
    organizationId: p.organizationId,
    amountFen: p.amountFen,
    settledAt,
    bankReference,
    paidTo:
      paidTo.kind === 'CUSTODIAN'
        ? {
            kind: 'CUSTODIAN',
            custodianName: paidTo.custodianName,
            accountName: paidTo.accountName,
          }
        : { kind: 'ORGANIZATION', accountName: p.bankAccount.accountName },
  };
}

function failedEvent({ payment: p, failure }: Fail): DisbursementFailedV1 {
  return {
    paymentId: p.id,
    commitmentId: p.commitmentId,
    programme: p.programme,
    organizationId: p.organizationId,
    amountFen: p.amountFen,
    code: failure.code,
    reason: failure.message,
    reasonZh: failure.messageZh,
    attempts: p.attempts,
  };
}
