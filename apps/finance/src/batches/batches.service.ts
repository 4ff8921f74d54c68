import { randomUUID } from 'node:crypto';
import {
  BatchDecisionDto,
  IdRef,
  type BatchView,
  CreateBatchDto,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { financePayment, nextBatchStatus } from '@civic/domain/finance';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CommitmentReleasesService } from '../commitments/commitment-releases.service';
import { FundingMoves } from '../dashboard/funding-moves';
import { assertFourEyes } from '../four-eyes';
import { PaymentDispatcher } from '../payments/payment-dispatcher';
import { batchView } from './batch.mapper';
import { BatchesRepository } from './batches.repository';
import { DisbursementBatch } from './entities/disbursement-batch.entity';

/**
 * Disbursement batches, four eyes (rule R28): a finance maker puts payments awaiting a batch into
 * one and submits it; a different finance checker approves it, and only then is it paid, or
 * rejects it, which puts its payments back to await a new batch (or cancels and releases them
 * when their commitment was closed meanwhile, rule R27). Every step is audited (R31). Payment
 * statuses move as the payment state machine says (financePayment).
 */
@Injectable()
export class BatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly dispatcher: PaymentDispatcher,
    private readonly releases: CommitmentReleasesService,
    private readonly repository: BatchesRepository,
  ) {}

  async create(input: unknown, actor: RpcActor): Promise<BatchView> {
    authorize(actor, Permission.BATCH_PREPARE);
    const { paymentIds, note } = validatePlain(CreateBatchDto, input, 'batch');
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.lockPayments(manager, paymentIds);
      const found = new Map(rows.map((row) => [row.id, row.status]));
      const batchable = financePayment.takes('BATCH');
      const unfit = paymentIds.filter((id) => !batchable.includes(found.get(id) as never));
      if (unfit.length > 0) {
        throw ServiceError.ruleViolated(
          'R28',
          unfit.slice(0, 20).map((id) => ({
            field: 'paymentIds',
            rule: 'awaitingBatch',
            message: `payment ${id} is ${found.get(id) ?? 'unknown'}, not awaiting a batch`,
            messageZh: `付款 ${id} ${found.has(id) ? '已在其他批次或已处理' : '不存在'}，不能加入批次`,
          })),
          `rule R28: ${unfit.length} of the payments cannot go into a batch: only payments awaiting a batch can`,
        );
      }
      const n = await this.repository.nextNumber(manager);
      const batch = manager.create(DisbursementBatch, {
        id: randomUUID(),
        number: `PB-${new Date().getFullYear()}-${n.padStart(6, '0')}`,
        status: nextBatchStatus('DRAFT', 'SUBMIT'),
        note: note ?? null,
        makerId: actor.userId,
        makerName: actor.name ?? actor.userId,
        paymentCount: rows.length,
        totalFen: rows.reduce((sum, row) => sum + row.amountFen, 0),
      });
      await manager.insert(DisbursementBatch, batch);
      const inBatch = financePayment.next('AWAITING_BATCH', 'BATCH');
      await this.repository.putInBatch(manager, paymentIds, batch.id, inBatch);
      // issue #18: the funding tally moves before the audit chain's lock (FundingMoves).
      const moves = new FundingMoves(manager);
      await moves.payments(paymentIds.map((id) => ({ id, from: 'AWAITING_BATCH', to: inBatch })));
      await moves.flush();
      await this.record(manager, actor, 'batch.submitted', null, batch);
      return batchView(batch);
    });
  }

  async approve(id: string, input: unknown, actor: RpcActor): Promise<BatchView> {
    const { view, paymentIds } = await this.decide(id, input, actor, 'APPROVE');
    // After the commit; if this process dies first, the sweeper queues them.
    await this.dispatcher.dispatch(id, paymentIds);
    return view;
  }

  async reject(id: string, input: unknown, actor: RpcActor): Promise<BatchView> {
    return (await this.decide(id, input, actor, 'REJECT')).view;
  }

  private async decide(
    id: string,
    input: unknown,
    actor: RpcActor,
    event: 'APPROVE' | 'REJECT',
  ): Promise<{ view: BatchView; paymentIds: string[] }> {
    authorize(actor, Permission.BATCH_CHECK);
    validatePlain(IdRef, { id }, 'batch');
    const { comment } = validatePlain(BatchDecisionDto, input, 'decision');
    return this.dataSource.transaction(async (manager) => {
      const batch = await manager.findOne(DisbursementBatch, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!batch) throw ServiceError.notFound('batch', id);
      assertFourEyes(batch.makerId, actor, 'BATCH');
      if (batch.status !== 'SUBMITTED') {
        throw new ServiceError(
          409,
          'BATCH_ALREADY_DECIDED',
          `rule R28: batch ${batch.number} is ${batch.status}; only a SUBMITTED batch can be decided`,
          undefined,
          `批次 ${batch.number} 已被复核（${batch.status}），只有待复核的批次可以复核`,
        );
      }
      const before = { ...batch };
      const approved = event === 'APPROVE';
      batch.status = approved
        ? nextBatchStatus(nextBatchStatus(batch.status, 'APPROVE'), 'START_PAYING')
        : nextBatchStatus(batch.status, 'REJECT');
      Object.assign(batch, {
        checkerId: actor.userId,
        checkerName: actor.name ?? actor.userId,
        decisionComment: comment,
        decidedAt: new Date(),
      });
      await manager.save(batch);
      const move = approved ? 'APPROVE' : 'UNBATCH';
      const to = financePayment.next('IN_BATCH', move);
      const from = financePayment.takes(move);
      const paymentIds = approved
        ? await this.repository.startPaying(manager, id, to, from)
        : await this.repository.unbatch(manager, id, to, from);
      if (!approved) {
        // issue #18: back to await a batch in the funding tally; an approval moves nothing there
        // (in a batch, to be sent and at the bank count alike).
        const moves = new FundingMoves(manager);
        await moves.payments(paymentIds.map((id) => ({ id, from: 'IN_BATCH', to })));
        await this.releases.releaseEnded(manager, paymentIds, moves);
      }
      await this.record(
        manager,
        actor,
        approved ? 'batch.approved' : 'batch.rejected',
        before,
        batch,
      );
      return { view: batchView(batch), paymentIds: paymentIds.sort() };
    });
  }

  private record(
    manager: EntityManager,
    actor: RpcActor,
    action: string,
    before: DisbursementBatch | null,
    after: DisbursementBatch,
  ) {
    return this.audit.record(manager, {
      actor,
      action,
      entityType: 'disbursement-batch',
      entityId: after.id,
      before,
      after,
    });
  }
}
