import type { ClawbackOpenedV1, ClawbackView, RpcActor } from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { authorize } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clawback } from './clawback.entity';

/**
 * Clawbacks a programme opens (R19): recorded once per clawback id against the commitment, with
 * what had been paid under it; one asking for more than was paid is recorded REFUSED. Audited.
 */
@Injectable()
export class ClawbacksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async open(manager: EntityManager, request: ClawbackOpenedV1): Promise<void> {
    if (await manager.existsBy(Clawback, { id: request.clawbackId })) return;
    const [{ paid }] = await manager.query(
      `SELECT coalesce(sum(amount_fen), 0)::text AS paid FROM "finance".payment
        WHERE commitment_id = $1 AND status = 'SETTLED'`,
      [request.commitmentId],
    );
    const clawback = manager.create(Clawback, {
      id: request.clawbackId,
      commitmentId: request.commitmentId,
      programme: request.programme,
      organizationId: request.organizationId,
      amountFen: request.amountFen,
      paidFen: Number(paid),
      reason: request.reason,
      status: request.amountFen <= Number(paid) ? 'OPEN' : 'REFUSED',
    });
    await manager.insert(Clawback, clawback);
    await this.audit.record(manager, {
      actor: { userId: 'system:finance', roles: [] },
      action: 'clawback.opened',
      entityType: 'clawback',
      entityId: clawback.id,
      after: clawback,
    });
  }

  async list(actor: RpcActor): Promise<ClawbackView[]> {
    authorize(actor, Permission.FINANCE_READ);
    const rows = await this.dataSource.manager.find(Clawback, { order: { openedAt: 'DESC' } });
    return rows.map((c) => ({
      id: c.id,
      commitmentId: c.commitmentId,
      programme: c.programme,
      organizationId: c.organizationId,
      amountFen: c.amountFen,
      paidFen: c.paidFen,
      reason: c.reason,
      status: c.status,
      openedAt: c.openedAt.toISOString(),
    }));
  }
}
