import type { ListOrganizationsQuery } from '@civic/contracts';
import type { OrganizationScope } from '@civic/domain/access';
import type { AreaType, ManagementTier } from '@civic/domain/organizations';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Organization } from './organization.entity';

/** Organizations counted by tier and urban/rural, with how many a Party member leads (R10). */
export interface OrganizationCounts {
  tier: ManagementTier;
  area_type: AreaType;
  n: number;
  party_led: number;
}

/** The registry's SQL; every read is narrowed to an actor's scope (alias `o`). */
@Injectable()
export class OrganizationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of the organizations in scope that match the query, newest first, and their total. */
  page(
    scope: OrganizationScope,
    query: ListOrganizationsQuery,
    page: number,
    pageSize: number,
  ): Promise<[Organization[], number]> {
    return this.pageQuery(scope, query, page, pageSize).getManyAndCount();
  }

  /**
   * The page's query. Newest first with the id as tie-break, both descending, so that one index
   * serves the order read backwards (IDX_organization_newest); a part of the name goes through
   * the trigram index. registry-plans.int-spec.ts checks the plans.
   */
  pageQuery(
    scope: OrganizationScope,
    query: ListOrganizationsQuery,
    page: number,
    pageSize: number,
  ): SelectQueryBuilder<Organization> {
    const qb = this.inScope(this.dataSource.manager, scope)
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (query.countyCode) qb.andWhere('o.county_code = :countyCode', query);
    if (query.tier) qb.andWhere('o.tier = :tier', query);
    if (query.category) qb.andWhere('o.category = :category', query);
    if (query.areaType) qb.andWhere('o.area_type = :areaType', query);
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    return qb;
  }

  /** The organizations in scope (of one county, if given), counted by tier and area type. */
  counts(scope: OrganizationScope, countyCode: string | undefined): Promise<OrganizationCounts[]> {
    const qb = this.inScope(this.dataSource.manager, scope)
      .select(['o.tier AS tier', 'o.area_type AS area_type', 'count(*)::int AS n'])
      .addSelect(
        `count(*) FILTER (WHERE o.leaders @> '[{"isPartyMember": true}]')::int`,
        'party_led',
      )
      .groupBy('o.tier')
      .addGroupBy('o.area_type');
    if (countyCode) qb.andWhere('o.county_code = :countyCode', { countyCode });
    return qb.getRawMany();
  }

  /** The organizations in scope with a leader whose resident ID number has this keyed hash. */
  ledBy(manager: EntityManager, scope: OrganizationScope, hash: string): Promise<Organization[]> {
    return this.inScope(manager, scope)
      .andWhere('o.leaders @> CAST(:probe AS jsonb)', {
        probe: JSON.stringify([{ residentId: { hash } }]),
      })
      .orderBy('o.name')
      .getMany();
  }

  /** Up to `chunk` organizations with an id above `after`, in id order (all, whatever the scope). */
  chunkAfter(manager: EntityManager, after: string, chunk: number): Promise<Organization[]> {
    return manager
      .createQueryBuilder(Organization, 'o')
      .where('o.id > :after', { after })
      .orderBy('o.id')
      .take(chunk)
      .getMany();
  }

  private inScope(
    manager: EntityManager,
    scope: OrganizationScope,
  ): SelectQueryBuilder<Organization> {
    const { sql, params } = scopeCondition(scope);
    return manager.createQueryBuilder(Organization, 'o').where(sql, params);
  }
}

/** SQL that keeps only the organizations in scope (alias `o`), for lists and counts. */
function scopeCondition(scope: OrganizationScope): { sql: string; params: object } {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'organization':
      return {
        sql: 'o.id = :scopeOrganizationId',
        params: { scopeOrganizationId: scope.organizationId },
      };
    case 'street':
      return {
        sql: 'o.street_code = :scopeStreetCode',
        params: { scopeStreetCode: scope.streetCode },
      };
    case 'base':
      return { sql: 'o.incubation_base_id = :scopeBaseId', params: { scopeBaseId: scope.baseId } };
    case 'none':
      return { sql: 'FALSE', params: {} };
  }
}
