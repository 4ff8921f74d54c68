import {
  type ClawbackOpenedV1,
  type ClawbackPage,
  ClawbacksQuery,
  pageWindow,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { authorize } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Commitment } from '../commitments/entities/commitment.entity';
import { FundingMoves } from '../dashboard/funding-moves';
import { ClawbacksRepository } from './clawbacks.repository';
import { Clawback } from './clawback.entity';
import { clawbackView } from './clawback.mapper';
import { ClawbackReceipt } from './clawback-receipt.entity';

/**
 * Clawbacks a programme opens (R19): recorded once per clawback id against the commitment, with
 * what had been paid under it; one asking for more than was paid and not claimed by the
 * commitment's earlier clawbacks is recorded REFUSED. Audited. Recovering it is
 * ClawbackRecoveryService's.
 */
@Injectable()
export class ClawbacksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: ClawbacksRepository,
  ) {}

  async open(manager: EntityManager, request: ClawbackOpenedV1): Promise<void> {
    if (await manager.existsBy(Clawback, { id: request.clawbackId })) return;
    const { paidFen, claimedFen } = await this.repository.paidAndClaimed(
      manager,
      request.commitmentId,
    );
    const clawback = manager.create(Clawback, {
      id: request.clawbackId,
      commitmentId: request.commitmentId,
      programme: request.programme,
      organizationId: request.organizationId,
      amountFen: request.amountFen,
      paidFen,
      reason: request.reason,
      recoveredFen: 0,
      status: request.amountFen <= paidFen - claimedFen ? 'OPEN' : 'REFUSED',
    });
    await manager.insert(Clawback, clawback);
    const commitment = await manager.findOneBy(Commitment, { id: clawback.commitmentId });
    if (commitment && clawback.status !== 'REFUSED') {
      // issue #18: what it claims back, in the funding tally before the audit chain's lock.
      await new FundingMoves(manager)
        .clawback(commitment, { clawedBackFen: clawback.amountFen })
        .flush();
    }
    await this.audit.record(manager, {
      actor: { userId: 'system:finance', roles: [] },
      action: 'clawback.opened',
      entityType: 'clawback',
      entityId: clawback.id,
      after: clawback,
    });
  }

  async list(input: unknown, actor: RpcActor): Promise<ClawbackPage> {
    authorize(actor, Permission.FINANCE_READ);
    const { page, pageSize, skip, take } = pageWindow(
      validatePlain(ClawbacksQuery, input ?? {}, 'query'),
    );
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [rows, total] = await manager.findAndCount(Clawback, {
        order: { openedAt: 'DESC', id: 'ASC' },
        skip,
        take,
      });
      const receipts = await manager.findBy(ClawbackReceipt, {
        clawbackId: In(rows.map((c) => c.id)),
      });
      const names = await this.repository.organizationNames(
        manager,
        rows.map((c) => c.commitmentId),
      );
      const items = rows.map((c) => clawbackView(c, receipts, names.get(c.commitmentId) ?? ''));
      return { items, total, page, pageSize };
    });
  }
}
