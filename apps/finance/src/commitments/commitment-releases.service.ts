import type { CommitmentReleaseRequestedV1 } from '@civic/contracts';
import {
  type FundCode,
  financeCommitment,
  financePayment,
  IN_FLIGHT_PAYMENT_STATUSES,
  releasableFen,
  releaseCommitment,
} from '@civic/domain/finance';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LedgerWriter } from '../ledger/ledger.writer';
import { FundingMoves } from '../dashboard/funding-moves';
import { CommitmentsRepository } from './commitments.repository';
import { Commitment } from './entities/commitment.entity';

const FINANCE_SYSTEM = { userId: 'system:finance', roles: [] };

/**
 * Releases committed money that will not be paid (rule R27), in the caller's transaction. A
 * programme closes a commitment when it will pay no more of it: the payments it names that are not
 * batched yet are cancelled, and what is neither paid nor on its way to the bank goes back to the
 * budget with a RELEASE posting. A payment that was on its way and fails afterwards (or comes back from a
 * rejected batch) is released the same way. Each release is audited (R31) and told to the
 * programme (finance.commitment-released.v1, with the total released so far).
 */
@Injectable()
export class CommitmentReleasesService {
  constructor(
    private readonly ledger: LedgerWriter,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxWriter,
    private readonly repository: CommitmentsRepository,
  ) {}

  async close(manager: EntityManager, request: CommitmentReleaseRequestedV1): Promise<void> {
    const commitment = await manager.findOne(Commitment, {
      where: { id: request.commitmentId },
      lock: { mode: 'pessimistic_write' },
    });
    // Messages may overtake each other: a commitment not decided yet is waited for (a retry).
    if (!commitment) throw new Error(`commitment ${request.commitmentId} is not known yet`);
    if (!financeCommitment.can(commitment.status, 'CLOSE')) return; // closed already, or refused
    const before = { ...commitment };
    commitment.status = financeCommitment.next(commitment.status, 'CLOSE');
    const cancelled = await this.cancelUnbatched(manager, commitment.id, request.cancelPaymentIds);
    const sums = await this.repository.paymentSums(
      manager,
      commitment.id,
      IN_FLIGHT_PAYMENT_STATUSES,
    );
    const free = releasableFen({
      amountFen: commitment.amountFen,
      releasedFen: commitment.releasedFen,
      settledFen: sums.settledFen,
      inFlightFen: sums.inFlightFen,
    });
    const failedFen = await this.repository.openFailedFen(manager, commitment.id);
    await this.post(manager, commitment, free, `release:${commitment.id}`);
    Object.assign(commitment, { closeReason: request.reason, closedAt: new Date() });
    await manager.save(commitment);
    // issue #18: cancelled payments leave the tally, failed money and the rest are released.
    const moves = new FundingMoves(manager);
    await moves.payments(cancelled.map((id) => ({ id, from: 'AWAITING_BATCH', to: 'CANCELLED' })));
    await moves.failedClosed(commitment, failedFen).released(commitment, free).flush();
    await this.record(manager, 'commitment.closed', before, commitment, cancelled);
    await this.tell(manager, commitment, cancelled);
  }

  /**
   * Payments of closed commitments that will not be paid after all: failed ones, and ones a
   * rejected batch put back to await a batch (cancelled now). Their amounts are released. The
   * caller's funding-tally `moves` are written with these, before the first audit entry (issue #18:
   * FundingMoves), so the releases are audited and told once everything is changed.
   */
  async releaseEnded(
    manager: EntityManager,
    paymentIds: readonly string[],
    moves: FundingMoves,
  ): Promise<void> {
    const rows = paymentIds.length
      ? await this.repository.ofClosedCommitments(manager, paymentIds, [
          'FAILED',
          ...financePayment.takes('CANCEL'),
        ])
      : [];
    const released: { before: Commitment; after: Commitment; cancelled: string[] }[] = [];
    for (const row of rows) {
      const commitment = await manager.findOneOrFail(Commitment, {
        where: { id: row.commitmentId },
        lock: { mode: 'pessimistic_write' },
      });
      const cancelled =
        row.status === 'FAILED' ? [] : await this.cancelUnbatched(manager, commitment.id, [row.id]);
      if (row.status !== 'FAILED' && cancelled.length === 0) continue;
      const before = { ...commitment };
      const ref = `release:${commitment.id}:${row.id}`;
      await this.post(manager, commitment, row.amountFen, ref);
      await manager.save(commitment);
      await moves.payments(
        cancelled.map((id) => ({ id, from: 'AWAITING_BATCH', to: 'CANCELLED' })),
      );
      moves.released(commitment, row.amountFen);
      released.push({ before, after: { ...commitment }, cancelled });
    }
    await moves.flush();
    for (const { before, after, cancelled } of released) {
      await this.record(manager, 'commitment.released', before, after, cancelled);
      await this.tell(manager, after, cancelled);
    }
  }

  /** Of the named payments of the commitment, those not batched yet are cancelled (R27). */
  private async cancelUnbatched(
    manager: EntityManager,
    commitmentId: string,
    paymentIds: readonly string[],
  ) {
    if (paymentIds.length === 0) return [];
    return this.repository.moveUnbatched(
      manager,
      commitmentId,
      paymentIds,
      financePayment.next('AWAITING_BATCH', 'CANCEL'),
      financePayment.takes('CANCEL'),
    );
  }

  private async post(manager: EntityManager, commitment: Commitment, fen: number, ref: string) {
    if (fen <= 0) return;
    await this.ledger.post(
      manager,
      releaseCommitment(commitment.fund as FundCode, commitment.fiscalYear, fen),
      ref,
    );
    commitment.releasedFen += fen;
  }

  private record(
    manager: EntityManager,
    action: string,
    before: Commitment,
    after: Commitment,
    cancelledPaymentIds: string[],
  ) {
    return this.audit.record(manager, {
      actor: FINANCE_SYSTEM,
      action,
      entityType: 'commitment',
      entityId: after.id,
      before,
      after: { ...after, cancelledPaymentIds },
    });
  }

  private tell(manager: EntityManager, commitment: Commitment, cancelledPaymentIds: string[]) {
    return this.outbox.publish(manager, 'finance.commitment-released.v1', {
      commitmentId: commitment.id,
      programme: commitment.programme as CommitmentReleaseRequestedV1['programme'],
      releasedFen: commitment.releasedFen,
      cancelledPaymentIds,
    });
  }
}
