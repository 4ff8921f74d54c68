import type {
  ListOrganizationsQuery,
  OrganizationStatsView,
  OrganizationView,
  Page,
  RpcActor,
} from '@civic/contracts';
import { organizationScope, Permission } from '@civic/domain/access';
import { AreaType, ManagementTier, partyLedShareOfCounts } from '@civic/domain/organizations';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { Organization } from './organization.entity';
import { toView } from './organization.mapper';
import { assertVisible } from './organization-scope';
import { OrganizationsRepository } from './organizations.repository';

/** Reads of the registry, each narrowed to what the actor may see. */
@Injectable()
export class OrganizationsQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OrganizationsRepository,
  ) {}

  async get(id: string, actor: RpcActor): Promise<OrganizationView> {
    authorize(actor, Permission.ORGANIZATION_READ);
    const org = await findOne(this.dataSource.manager, id);
    assertVisible(actor, org);
    return toView(org);
  }

  async list(query: ListOrganizationsQuery, actor: RpcActor): Promise<Page<OrganizationView>> {
    authorize(actor, Permission.ORGANIZATION_READ);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [items, total] = await this.repository.page(
      organizationScope(actor),
      query,
      page,
      pageSize,
    );
    return { items: items.map(toView), total, page, pageSize };
  }

  /** Counts by tier and urban/rural, and the share led by Party members (R10), in scope. */
  async stats(countyCode: string | undefined, actor: RpcActor): Promise<OrganizationStatsView> {
    authorize(actor, Permission.ORGANIZATION_STATS);
    const rows = await this.repository.counts(organizationScope(actor), countyCode);
    const byTier = zeroes(Object.values(ManagementTier));
    const byAreaType = zeroes(Object.values(AreaType));
    for (const row of rows) {
      byTier[row.tier] += row.n;
      byAreaType[row.area_type] += row.n;
    }
    const total = rows.reduce((sum, row) => sum + row.n, 0);
    const partyLed = rows.reduce((sum, row) => sum + row.party_led, 0);
    return { total, byTier, byAreaType, partyLed: partyLedShareOfCounts(total, partyLed) };
  }
}

function zeroes<K extends string>(keys: K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** One organization, optionally locked for update; 400 on a malformed id, 404 when unknown. */
export async function findOne(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<Organization> {
  if (!isUUID(id)) {
    throw new ServiceError(400, 'VALIDATION_FAILED', 'id must be a UUID', [
      { field: 'id', rule: 'isUuid', message: 'id must be a UUID' },
    ]);
  }
  const org = await manager.findOne(Organization, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!org) throw ServiceError.notFound('organization', id);
  return org;
}
