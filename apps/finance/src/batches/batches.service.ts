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
import { assertFourEyes } from '../four-eyes';
import { PaymentDispatcher } from '../payments/payment-dispatcher';
import { updatedRows } from '@civic/platform/database';
import { batchView } from './batch.mapper';
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
  ) {}

  async create(input: unknown, actor: RpcActor): Promise<BatchView> {
    authorize(actor, Permission.BATCH_PREPARE);
    const { paymentIds, note } = validatePlain(CreateBatchDto, input, 'batch');
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; status: string; amount_fen: string }[] = await manager.query(
        `SELECT id, status, amount_fen FROM "finance".payment WHERE id = ANY($1::uuid[])
          ORDER BY id FOR UPDATE`,
        [paymentIds],
      );
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
      const [{ n }] = await manager.query(`SELECT nextval('"finance".batch_number_seq') AS n`);
      const batch = manager.create(DisbursementBatch, {
        id: randomUUID(),
        number: `PB-${new Date().getFullYear()}-${String(n).padStart(6, '0')}`,
        status: nextBatchStatus('DRAFT', 'SUBMIT'),
        note: note ?? null,
        makerId: actor.userId,
        makerName: actor.name ?? actor.userId,
        paymentCount: rows.length,
        totalFen: rows.reduce((sum, row) => sum + Number(row.amount_fen), 0),
      });
      await manager.insert(DisbursementBatch, batch);
      await manager.query(
        `UPDATE "finance".payment SET status = $3, batch_id = $2 WHERE id = ANY($1::uuid[])`,
        [paymentIds, batch.id, financePayment.next('AWAITING_BATCH', 'BATCH')],
      );
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
      const rows = await updatedRows<{ id: string }>(
        manager,
        approved
          ? `UPDATE "finance".payment SET status = $2, next_attempt_at = now(), dispatched_at = now()
              WHERE batch_id = $1 AND status = ANY($3) RETURNING id`
          : `UPDATE "finance".payment SET status = $2, batch_id = NULL
              WHERE batch_id = $1 AND status = ANY($3) RETURNING id`,
        [id, financePayment.next('IN_BATCH', move), financePayment.takes(move)],
      );
      if (!approved) {
        await this.releases.releaseEnded(
          manager,
          rows.map((r) => r.id),
        );
      }
      await this.record(
        manager,
        actor,
        approved ? 'batch.approved' : 'batch.rejected',
        before,
        batch,
      );
      return { view: batchView(batch), paymentIds: rows.map((r) => r.id).sort() };
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
