import { type RpcActor, type WorkItemView, workItem } from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * What waits in the registry (issue #18): policy versions another administrator proposed, for an
 * administrator who may approve them (issue #17 with R28's four eyes: never one's own). An
 * organization is registered at once, with its tier decided then (R5), so nothing else waits.
 * The policy store is a small table (a few versions per kind and region).
 */
@Injectable()
export class OrganizationsWorkQueueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async work(actor: RpcActor | undefined): Promise<WorkItemView[]> {
    if (!actor || !hasPermission(actor.roles, Permission.POLICY_APPROVE)) return [];
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS count, min(proposed_at) AS oldest
         FROM "organizations".policy_document
        WHERE status = 'PROPOSED' AND proposed_by <> $1`,
      [actor.userId],
    );
    return workItem('organizations.policies-to-approve', '/policies', {
      count: row.count,
      oldestAt: row.oldest,
    });
  }
}
