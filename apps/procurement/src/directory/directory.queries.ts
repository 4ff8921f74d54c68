import {
  type DirectoryEntryView,
  type DirectoryPage,
  DirectoryQuery,
  IdRef,
  pageWindow,
  type PublicDirectoryPage,
  PublicDirectoryQuery,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { divisionPrefix } from '@civic/domain/procurement';
import { ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { DirectoryEntry } from './directory-entry.entity';
import { directoryEntryView, publicDirectoryEntryView } from './directory.mapper';

/** No organization has this id: an applicant bound to none sees no entry (fail closed). */
const NO_ORGANIZATION = '00000000-0000-0000-0000-000000000000';

/**
 * The directory read (R24): officers see every entry; an applicant its own organization's, an
 * entry of another answering as an unknown id (404, issue #15); the public every listed entry,
 * without personal data (R30).
 */
@Injectable()
export class DirectoryQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(input: unknown, actor: RpcActor): Promise<DirectoryPage> {
    const officer = this.authorizeReader(actor);
    const query = validatePlain(DirectoryQuery, input ?? {}, 'query');
    const { page, pageSize, skip, take } = pageWindow(query);
    const qb = filtered(this.dataSource.manager.createQueryBuilder(DirectoryEntry, 'e'), query);
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (!officer) {
      qb.andWhere('e.organizationId = :own', { own: actor.organizationId ?? NO_ORGANIZATION });
    }
    const [rows, total] = await qb
      .orderBy('e.appliedAt', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items: rows.map(directoryEntryView), total, page, pageSize };
  }

  async get(id: unknown, actor: RpcActor): Promise<DirectoryEntryView> {
    const officer = this.authorizeReader(actor);
    const ref = validatePlain(IdRef, { id }, 'entry');
    const entry = await this.dataSource.manager.findOneBy(DirectoryEntry, { id: ref.id });
    if (!entry) throw ServiceError.notFound('directory entry', ref.id);
    if (!officer && (!actor.organizationId || entry.organizationId !== actor.organizationId)) {
      throw ServiceError.notVisible('directory entry', ref.id);
    }
    return directoryEntryView(entry);
  }

  /** The published directory, for anyone without logging in: LISTED entries only (R24). */
  async published(input: unknown): Promise<PublicDirectoryPage> {
    const query = validatePlain(PublicDirectoryQuery, input ?? {}, 'query');
    const { page, pageSize, skip, take } = pageWindow(query);
    const [rows, total] = await filtered(
      this.dataSource.manager.createQueryBuilder(DirectoryEntry, 'e'),
      query,
    )
      .andWhere("e.status = 'LISTED'")
      .orderBy('e.name', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items: rows.map(publicDirectoryEntryView), total, page, pageSize };
  }

  /** Officers read every entry; applicants their own (true for an officer). */
  private authorizeReader(actor: RpcActor): boolean {
    if (hasPermission(actor.roles, Permission.PROCUREMENT_DIRECTORY_MANAGE)) return true;
    if (hasPermission(actor.roles, Permission.PROCUREMENT_APPLY)) return false;
    throw ServiceError.forbidden(
      `this needs the permission ${Permission.PROCUREMENT_DIRECTORY_MANAGE} or ${Permission.PROCUREMENT_APPLY}`,
      '没有查看承接主体目录的权限',
    );
  }
}

/**
 * The filters both lists take: kind, a catalogue category, and a region (R24): an entry serves it
 * when one of its areas lies inside it or holds it (`servesRegion`, here in SQL).
 */
function filtered(
  qb: SelectQueryBuilder<DirectoryEntry>,
  query: PublicDirectoryQuery,
): SelectQueryBuilder<DirectoryEntry> {
  qb.where('1 = 1');
  if (query.kind) qb.andWhere('e.kind = :kind', { kind: query.kind });
  if (query.category)
    qb.andWhere(':category = ANY(e.serviceCategories)', { category: query.category });
  if (query.regionCode) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM unnest(e.serviceAreas) AS area
                WHERE area LIKE :regionPrefix || '%'
                   OR :region LIKE (CASE WHEN area LIKE '%0000' THEN left(area, 2)
                                         WHEN area LIKE '%00' THEN left(area, 4)
                                         ELSE area END) || '%')`,
      { region: query.regionCode, regionPrefix: divisionPrefix(query.regionCode) },
    );
  }
  return qb;
}
