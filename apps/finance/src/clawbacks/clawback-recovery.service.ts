import { randomUUID } from 'node:crypto';
import {
  ClawbackReceiptDecisionDto,
  type ClawbackView,
  IdRef,
  type ProgrammeName,
  RecordClawbackReceiptDto,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import {
  checkClawback,
  checkReceipt,
  clawback,
  clawbackStatusAfter,
  type FundCode,
} from '@civic/domain/finance';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { FundBudget } from '../budgets/entities/fund-budget.entity';
import { assertFourEyes } from '../four-eyes';
import { Commitment } from '../commitments/entities/commitment.entity';
import { FundingMoves } from '../dashboard/funding-moves';
import { LedgerWriter } from '../ledger/ledger.writer';
import { Clawback } from './clawback.entity';
import { clawbackView } from './clawback.mapper';
import { ClawbackReceipt } from './clawback-receipt.entity';
import { ClawbacksRepository } from './clawbacks.repository';

/**
 * Recovering a clawback (R19), four eyes (R28): a finance maker records money the organization
 * returned, up to what is still outstanding; a finance checker who is not the maker confirms it,
 * which posts it to the ledger (AVAILABLE +, DISBURSED − for the commitment's fund-year) and counts
 * it as recovered, or rejects it. The clawback and, on confirming, the fund-year's budget row are
 * locked, so concurrent receipts never recover more than is owed or post twice. Audited; the
 * programme hears of each confirmed receipt (finance.clawback-recovered.v1).
 */
@Injectable()
export class ClawbackRecoveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerWriter,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxWriter,
    private readonly repository: ClawbacksRepository,
  ) {}

  async record(id: string, input: unknown, actor: RpcActor): Promise<ClawbackView> {
    authorize(actor, Permission.BATCH_PREPARE);
    validatePlain(IdRef, { id }, 'clawback');
    const dto = validatePlain(RecordClawbackReceiptDto, input, 'receipt');
    return this.dataSource.transaction(async (manager) => {
      const found = await lockedClawback(manager, id);
      const receipts = await manager.findBy(ClawbackReceipt, { clawbackId: id });
      const pendingFen = receipts
        .filter((r) => r.status === 'PENDING')
        .reduce((sum, r) => sum + r.amountFen, 0);
      const check = checkReceipt(
        found.status,
        { amountFen: found.amountFen, recoveredFen: found.recoveredFen, pendingFen },
        dto.amountFen,
      );
      if (!check.ok) {
        throw new ServiceError(
          check.reason === 'CLAWBACK_NOT_OPEN' ? 409 : 422,
          `RULE_R19_${check.reason}`,
          check.message,
          check.reason === 'CLAWBACK_NOT_OPEN'
            ? undefined
            : [{ field: 'amountFen', rule: 'R19', message: check.message }],
          check.messageZh,
        );
      }
      const receipt = manager.create(ClawbackReceipt, {
        id: randomUUID(),
        clawbackId: id,
        amountFen: dto.amountFen,
        bankReference: dto.bankReference.trim(),
        receivedOn: dto.receivedOn,
        status: 'PENDING',
        recordedBy: actor.userId,
        decidedBy: null,
        decidedAt: null,
        note: null,
      });
      await manager.insert(ClawbackReceipt, receipt);
      await this.audit.record(manager, {
        actor,
        action: 'clawback-receipt.recorded',
        entityType: 'clawback',
        entityId: id,
        after: receipt,
      });
      return this.viewOf(manager, found);
    });
  }

  async decide(
    id: string,
    receiptId: string,
    input: unknown,
    actor: RpcActor,
  ): Promise<ClawbackView> {
    authorize(actor, Permission.BATCH_CHECK);
    validatePlain(IdRef, { id }, 'clawback');
    validatePlain(IdRef, { id: receiptId }, 'receipt');
    const { outcome, comment } = validatePlain(ClawbackReceiptDecisionDto, input, 'decision');
    return this.dataSource.transaction(async (manager) => {
      const found = await lockedClawback(manager, id);
      const receipt = await manager.findOne(ClawbackReceipt, {
        where: { id: receiptId, clawbackId: id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!receipt) throw ServiceError.notFound('receipt', receiptId);
      assertFourEyes(receipt.recordedBy, actor, 'CLAWBACK_RECEIPT');
      if (receipt.status !== 'PENDING') {
        throw new ServiceError(
          409,
          'RECEIPT_ALREADY_DECIDED',
          `the receipt is ${receipt.status} already`,
          undefined,
          '该退回款已复核',
        );
      }
      if (outcome === 'CONFIRMED') await this.post(manager, found, receipt);
      receipt.status = outcome;
      receipt.decidedBy = actor.userId;
      receipt.decidedAt = new Date();
      receipt.note = comment.trim();
      await manager.save(receipt);
      await this.audit.record(manager, {
        actor,
        action:
          outcome === 'CONFIRMED' ? 'clawback-receipt.confirmed' : 'clawback-receipt.rejected',
        entityType: 'clawback',
        entityId: id,
        after: { receipt, recoveredFen: found.recoveredFen, status: found.status },
      });
      return this.viewOf(manager, found);
    });
  }

  private async viewOf(manager: EntityManager, found: Clawback): Promise<ClawbackView> {
    const receipts = await manager.findBy(ClawbackReceipt, { clawbackId: found.id });
    const names = await this.repository.organizationNames(manager, [found.commitmentId]);
    return clawbackView(found, receipts, names.get(found.commitmentId) ?? '');
  }

  /** The money back in the fund-year's budget (R27: never more than was disbursed), once. */
  private async post(manager: EntityManager, found: Clawback, receipt: ClawbackReceipt) {
    const commitment = await manager.findOneByOrFail(Commitment, { id: found.commitmentId });
    const fund = commitment.fund as FundCode;
    await manager.findOne(FundBudget, {
      where: { fund, fiscalYear: commitment.fiscalYear },
      lock: { mode: 'pessimistic_write' },
    });
    const position = await this.ledger.position(manager, fund, commitment.fiscalYear);
    const check = checkClawback(position.disbursedFen, receipt.amountFen);
    if (!check.ok) {
      throw new ServiceError(
        409,
        `RULE_R27_${check.reason}`,
        check.message,
        undefined,
        check.messageZh,
      );
    }
    await this.ledger.post(
      manager,
      clawback(fund, commitment.fiscalYear, receipt.amountFen),
      `clawback-receipt:${receipt.id}`,
    );
    found.recoveredFen += receipt.amountFen;
    found.status = clawbackStatusAfter(found.amountFen, found.recoveredFen);
    await manager.save(found);
    // issue #18: what came back, in the funding tally before the audit chain's lock.
    await new FundingMoves(manager)
      .clawback(commitment, { recoveredFen: receipt.amountFen })
      .flush();
    // The programme that opened it is told what came back (its award shows it).
    await this.outbox.publish(manager, 'finance.clawback-recovered.v1', {
      clawbackId: found.id,
      commitmentId: found.commitmentId,
      programme: found.programme as ProgrammeName,
      recoveredFen: found.recoveredFen,
      status: found.status as 'PARTLY_RECOVERED' | 'RECOVERED',
    });
  }
}

async function lockedClawback(manager: EntityManager, id: string): Promise<Clawback> {
  const found = await manager.findOne(Clawback, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!found) throw ServiceError.notFound('clawback', id);
  return found;
}
