import { randomUUID } from 'node:crypto';
import {
  type CatalogueItemView,
  type CataloguePage,
  CatalogueQuery,
  CreateCatalogueItemDto,
  pageWindow,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { checkNegativeList } from '@civic/domain/procurement';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource } from 'typeorm';
import { negativeListInForce } from '../policy/negative-list-policy';
import { CatalogueItem } from './catalogue-item.entity';
import { catalogueItemView } from './catalogue.mapper';

/**
 * The catalogue of services the government purchases (R24; Order 102 art. 14): officers enter items
 * per region and fiscal year, each checked against the negative list in force (R25, art. 10).
 */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async create(input: unknown, actor: RpcActor): Promise<CatalogueItemView> {
    authorize(actor, Permission.PROCUREMENT_CATALOGUE_MANAGE);
    const dto = validatePlain(CreateCatalogueItemDto, input, 'item');
    return this.dataSource.transaction(async (manager) => {
      const policy = await negativeListInForce(manager, dto.regionCode);
      const check = checkNegativeList(dto, policy);
      if (!check.ok) {
        throw ServiceError.ruleViolated(
          'R25',
          [
            {
              field: check.field,
              rule: 'R25',
              message: check.message,
              messageZh: check.messageZh,
            },
          ],
          `rule R25 (${check.clause.article}, ${check.clause.key}): ${check.field} ${check.message}`,
        );
      }
      const [category1, category2 = null, category3 = null] = dto.categories;
      const item = manager.create(CatalogueItem, {
        id: randomUUID(),
        regionCode: dto.regionCode,
        fiscalYear: dto.fiscalYear,
        category1,
        category2,
        category3,
        name: dto.name,
        description: dto.description,
        unit: dto.unit,
        referencePriceFen: dto.referencePriceFen ?? null,
        stable: dto.stable ?? false,
        policyVersion: check.policyVersion,
        createdBy: actor.userId,
      });
      await manager.insert(CatalogueItem, item);
      const stored = await manager.findOneByOrFail(CatalogueItem, { id: item.id });
      await this.audit.record(manager, {
        actor,
        action: 'catalogue-item.created',
        entityType: 'catalogue-item',
        entityId: item.id,
        after: stored,
      });
      return catalogueItemView(stored);
    });
  }

  /** Officers' list: every item, filtered by region, year and category. */
  list(input: unknown, actor: RpcActor): Promise<CataloguePage> {
    authorize(actor, Permission.PROCUREMENT_CATALOGUE_MANAGE);
    return this.page(input);
  }

  /**
   * The published catalogue, for anyone without logging in (R24). Every item entered has passed
   * the negative list, so every item is published.
   */
  published(input: unknown): Promise<CataloguePage> {
    return this.page(input);
  }

  private async page(input: unknown): Promise<CataloguePage> {
    const query = validatePlain(CatalogueQuery, input ?? {}, 'query');
    const { page, pageSize, skip, take } = pageWindow(query);
    const qb = this.dataSource.manager.createQueryBuilder(CatalogueItem, 'i');
    if (query.regionCode) qb.andWhere('i.regionCode = :region', { region: query.regionCode });
    if (query.fiscalYear) qb.andWhere('i.fiscalYear = :year', { year: query.fiscalYear });
    if (query.category) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('i.category1 = :category')
            .orWhere('i.category2 = :category')
            .orWhere('i.category3 = :category'),
        ),
        { category: query.category },
      );
    }
    const [items, total] = await qb
      .orderBy('i.regionCode', 'ASC')
      .addOrderBy('i.fiscalYear', 'DESC')
      .addOrderBy('i.category1', 'ASC')
      .addOrderBy('i.name', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items: items.map(catalogueItemView), total, page, pageSize };
  }
}
