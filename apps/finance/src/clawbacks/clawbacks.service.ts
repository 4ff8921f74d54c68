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
  ) {}

  async open(manager: EntityManager, request: ClawbackOpenedV1): Promise<void> {
    if (await manager.existsBy(Clawback, { id: request.clawbackId })) return;
    const [{ paid, claimed }] = await manager.query(
      `SELECT (SELECT coalesce(sum(amount_fen), 0) FROM "finance".payment
                WHERE commitment_id = $1 AND status = 'SETTLED')::text AS paid,
              (SELECT coalesce(sum(amount_fen), 0) FROM "finance".clawback
                WHERE commitment_id = $1 AND status <> 'REFUSED')::text AS claimed`,
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
      recoveredFen: 0,
      status: request.amountFen <= Number(paid) - Number(claimed) ? 'OPEN' : 'REFUSED',
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
      const names = await organizationNames(
        manager,
        rows.map((c) => c.commitmentId),
      );
      const items = rows.map((c) => clawbackView(c, receipts, names.get(c.commitmentId) ?? ''));
      return { items, total, page, pageSize };
    });
  }
}

/** The payee named on the payments made under each commitment (a clawback's organization). */
export async function organizationNames(
  manager: EntityManager,
  commitmentIds: string[],
): Promise<Map<string, string>> {
  if (commitmentIds.length === 0) return new Map();
  const rows: { commitment_id: string; organization_name: string }[] = await manager.query(
    `SELECT DISTINCT ON (commitment_id) commitment_id, organization_name FROM "finance".payment
      WHERE commitment_id = ANY($1::uuid[]) ORDER BY commitment_id, requested_at`,
    [commitmentIds],
  );
  return new Map(rows.map((r) => [r.commitment_id, r.organization_name]));
}
