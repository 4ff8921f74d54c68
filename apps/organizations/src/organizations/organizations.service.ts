import { randomUUID } from 'node:crypto';
import {
  type ListOrganizationsQuery,
  type OrganizationStatsView,
  type OrganizationView,
  type Page,
  RegisterOrganizationDto,
  type RpcActor,
  UpdateOrganizationDto,
  validatePlain,
} from '@civic/contracts';
import { AreaType, ManagementTier, partyLedShareOfCounts } from '@civic/domain/organizations';
import { OutboxWriter } from '@civic/platform/messaging';
import { ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { TierPolicyService } from '../policy/tier-policy.service';
import { Organization } from './organization.entity';
import { columnsOf, formOf, toSnapshot, toView } from './organization.mapper';
import { decide } from './tier-decision';

/** The registry: registers and updates organizations, deciding their tier (R5) each time. */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly policies: TierPolicyService,
  ) {}

  async register(input: unknown, _actor: RpcActor): Promise<OrganizationView> {
    const form = validatePlain(RegisterOrganizationDto, input, 'organization');
    return this.dataSource.transaction(async (manager) => {
      await this.checkReferences(manager, form);
      const decided = decide(form, await this.policies.current(manager), new Date());
      const org = manager.create(Organization, {
        ...columnsOf(form),
        id: randomUUID(),
        tier: decided.tierDecision.tier,
        ...decided,
      });
      const saved = await manager.save(org);
      await this.outbox.publish(
        manager,
        'organizations.organization-registered.v1',
        toSnapshot(saved),
      );
      await this.publishTier(manager, saved, null);
      return toView(saved);
    });
  }

  async update(id: string, changes: unknown, _actor: RpcActor): Promise<OrganizationView> {
    const partial = validatePlain(UpdateOrganizationDto, changes ?? {}, 'changes');
    return this.dataSource.transaction(async (manager) => {
      const org = await this.lockOne(manager, id);
      const form = validatePlain(
        RegisterOrganizationDto,
        { ...formOf(org), ...partial },
        'organization',
      );
      await this.checkReferences(manager, form, id);
      const decided = decide(form, await this.policies.current(manager), new Date());
      const previousTier = org.tier;
      Object.assign(org, columnsOf(form), { tier: decided.tierDecision.tier, ...decided });
      const saved = await manager.save(org);
      await this.outbox.publish(
        manager,
        'organizations.organization-changed.v1',
        toSnapshot(saved),
      );
      if (saved.tier !== previousTier) await this.publishTier(manager, saved, previousTier);
      return toView(saved);
    });
  }

  async get(id: string, _actor: RpcActor): Promise<OrganizationView> {
    assertUuid(id);
    const org = await this.dataSource.manager.findOne(Organization, { where: { id } });
    if (!org) throw ServiceError.notFound('organization', id);
    return toView(org);
  }

  async list(query: ListOrganizationsQuery, _actor: RpcActor): Promise<Page<OrganizationView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.dataSource.manager
      .createQueryBuilder(Organization, 'o')
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (query.countyCode) qb.andWhere('o.county_code = :countyCode', query);
    if (query.tier) qb.andWhere('o.tier = :tier', query);
    if (query.category) qb.andWhere('o.category = :category', query);
    if (query.areaType) qb.andWhere('o.area_type = :areaType', query);
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    const [items, total] = await qb.getManyAndCount();
    return { items: items.map(toView), total, page, pageSize };
  }

  /** Counts by tier and urban/rural, and the share of organizations led by Party members (R10). */
  async stats(countyCode: string | undefined, _actor: RpcActor): Promise<OrganizationStatsView> {
    const where = countyCode ? 'WHERE county_code = $1' : '';
    const rows: { tier: ManagementTier; area_type: AreaType; n: number; party_led: number }[] =
      await this.dataSource.query(
        `SELECT tier, area_type, count(*)::int AS n,
                count(*) FILTER (WHERE leaders @> '[{"isPartyMember": true}]')::int AS party_led
           FROM "organizations".organization ${where} GROUP BY tier, area_type`,
        countyCode ? [countyCode] : [],
      );
    const byTier = Object.fromEntries(Object.values(ManagementTier).map((t) => [t, 0])) as Record<
      ManagementTier,
      number
    >;
    const byAreaType = Object.fromEntries(Object.values(AreaType).map((a) => [a, 0])) as Record<
      AreaType,
      number
    >;
    for (const row of rows) {
      byTier[row.tier] += row.n;
      byAreaType[row.area_type] += row.n;
    }
    const total = rows.reduce((sum, row) => sum + row.n, 0);
    const partyLed = rows.reduce((sum, row) => sum + row.party_led, 0);
    return { total, byTier, byAreaType, partyLed: partyLedShareOfCounts(total, partyLed) };
  }

  /** A federation's member organizations must exist; a USCC belongs to one organization (R29). */
  private async checkReferences(
    manager: EntityManager,
    form: RegisterOrganizationDto,
    selfId?: string,
  ) {
    const memberIds = form.memberOrganizationIds ?? [];
    if (memberIds.length > 0) {
      const found = await manager.find(Organization, {
        select: { id: true },
        where: { id: In(memberIds) },
      });
      const known = new Set(found.map((org) => org.id));
      const missing = memberIds.filter((memberId) => !known.has(memberId) || memberId === selfId);
      if (missing.length > 0) {
        throw new ServiceError(
          422,
          'UNKNOWN_MEMBER_ORGANIZATIONS',
          `unknown member organizations: ${missing.join(', ')}`,
          [
            {
              field: 'memberOrganizationIds',
              rule: 'exists',
              message: `unknown or self: ${missing.join(', ')}`,
            },
          ],
        );
      }
    }
    if (form.uscc) {
      const holder = await manager.findOne(Organization, {
        select: { id: true },
        where: { uscc: form.uscc },
      });
      if (holder && holder.id !== selfId) {
        throw new ServiceError(
          409,
          'USCC_TAKEN',
          `unified social credit code ${form.uscc} is already registered`,
          [{ field: 'uscc', rule: 'unique', message: 'another organization has this code' }],
        );
      }
    }
  }

  private async lockOne(manager: EntityManager, id: string): Promise<Organization> {
    assertUuid(id);
    const org = await manager.findOne(Organization, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!org) throw ServiceError.notFound('organization', id);
    return org;
  }

  private async publishTier(
    manager: EntityManager,
    org: Organization,
    previousTier: Organization['tier'] | null,
  ) {
    await this.outbox.publish(manager, 'organizations.organization-tiered.v1', {
      organizationId: org.id,
      tier: org.tier,
      previousTier,
      policyVersion: org.tierDecision.policyVersion,
      reasons: org.tierDecision.reasons,
      decidedAt: org.tierDecision.decidedAt,
    });
  }
}

function assertUuid(id: string): void {
  if (!isUUID(id)) {
    throw new ServiceError(400, 'VALIDATION_FAILED', `id must be a UUID`, [
      { field: 'id', rule: 'isUuid', message: 'id must be a UUID' },
    ]);
  }
}
