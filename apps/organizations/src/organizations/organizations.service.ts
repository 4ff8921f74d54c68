import { randomUUID } from 'node:crypto';
import {
  type OrganizationView,
  RegisterOrganizationDto,
  type RepublishedView,
  type RpcActor,
  UpdateOrganizationDto,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { authorize } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { countChanged, countRegistered, registryCountOf } from '../dashboard/registry-tally';
import { PolicyDocument } from '../policy/policy-document.entity';
import { TierPolicyService } from '../policy/tier-policy.service';
import { sealLeaders } from './leaders';
import { Organization } from './organization.entity';
import { columnsOf, formOf, toSnapshot, toView } from './organization.mapper';
import { findOne } from './organizations.queries';
import { checkReferences } from './organization-references';
import { OrganizationsRepository } from './organizations.repository';
import { assertPlaceable, assertVisible } from './organization-scope';
import { decide } from './tier-decision';

/**
 * The registry's decisions: registering and changing organizations, deciding their tier (R5)
 * each time. Each is authorized here (permission and scope), and audited (R31) in the same
 * transaction as the change and its outbox events.
 */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly policies: TierPolicyService,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
    private readonly repository: OrganizationsRepository,
  ) {}

  async register(input: unknown, actor: RpcActor): Promise<OrganizationView> {
    authorize(actor, Permission.ORGANIZATION_REGISTER);
    const form = validatePlain(RegisterOrganizationDto, input, 'organization');
    const id = randomUUID();
    assertPlaceable(actor, { id, streetCode: form.location.streetCode, incubationBaseId: null });
    return this.dataSource.transaction(async (manager) => {
      await checkReferences(manager, form);
      const decided = decide(
        form,
        await this.policies.current(manager, form.location.countyCode),
        new Date(),
      );
      const org = manager.create(Organization, {
        ...columnsOf(form, this.cipher),
        leaders: sealLeaders(form.leaders, [], (plain) => this.cipher.sealResidentId(plain)),
        id,
        tier: decided.tierDecision.tier,
        incubationBaseId: null,
        ...decided,
      });
      const saved = await manager.save(org);
      await countRegistered(manager, saved); // issue #18: the registry tally, same transaction
      const view = toView(saved);
      await this.outbox.publish(
        manager,
        'organizations.organization-registered.v2',
        toSnapshot(saved),
      );
      await this.publishTier(manager, saved, null);
      await this.record(manager, actor, 'organization.registered', null, view);
      await this.record(manager, actor, 'tier.decided', null, saved.tierDecision, saved.id);
      return view;
    });
  }

  async update(id: string, changes: unknown, actor: RpcActor): Promise<OrganizationView> {
    authorize(actor, Permission.ORGANIZATION_UPDATE);
    const partial = validatePlain(UpdateOrganizationDto, changes ?? {}, 'changes');
    return this.dataSource.transaction(async (manager) => {
      const org = await findOne(manager, id, true);
      assertVisible(actor, org);
      const before = toView(org);
      const form = validatePlain(
        RegisterOrganizationDto,
        { ...formOf(org, this.cipher), ...partial },
        'organization',
      );
      assertPlaceable(actor, { ...org, streetCode: form.location.streetCode });
      await checkReferences(manager, form, id);
      const decided = decide(
        form,
        await this.policies.current(manager, form.location.countyCode),
        new Date(),
      );
      const previous = { tier: org.tier, decision: org.tierDecision };
      const counted = registryCountOf(org); // issue #18: how the registry tally counts it now
      Object.assign(org, columnsOf(form, this.cipher), {
        leaders: sealLeaders(form.leaders, org.leaders, (plain) =>
          this.cipher.sealResidentId(plain),
        ),
        tier: decided.tierDecision.tier,
        ...decided,
      });
      const saved = await manager.save(org);
      await countChanged(manager, counted, saved);
      const view = toView(saved);
      await this.outbox.publish(
        manager,
        'organizations.organization-changed.v2',
        toSnapshot(saved),
      );
      await this.record(manager, actor, 'organization.changed', before, view);
      if (saved.tier !== previous.tier) {
        await this.publishTier(manager, saved, previous.tier);
        await this.record(
          manager,
          actor,
          'tier.decided',
          previous.decision,
          saved.tierDecision,
          id,
        );
      }
      return view;
    });
  }

  /**
   * Every organization's current snapshot, published again as `organization-changed` in chunks, and
   * every approved policy version as `policy-approved`, for a service that started consuming them
   * after they were first published (finance took policy copies later, issue #18). Consumers keep
   * a snapshot only when its version is newer and a policy copy once, so the replay changes nothing
   * they already have.
   */
  async republishSnapshots(actor: RpcActor, chunk = 500): Promise<RepublishedView> {
    authorize(actor, Permission.ORGANIZATION_REPUBLISH);
    let published = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.dataSource.transaction(async (manager) => {
        const orgs = await this.repository.chunkAfter(manager, after, chunk);
        await this.outbox.publishMany(
          manager,
          'organizations.organization-changed.v2',
          orgs.map((org) => toSnapshot(org)),
        );
        return orgs;
      });
      published += page.length;
      if (page.length < chunk) break;
      after = page[page.length - 1].id;
    }
    const policies = await this.dataSource.transaction(async (manager) => {
      const approved = await manager.find(PolicyDocument, {
        where: { status: 'APPROVED' },
        order: { kind: 'ASC', regionCode: 'ASC', effectiveFrom: 'ASC' },
      });
      await this.outbox.publishMany(
        manager,
        'organizations.policy-approved.v1',
        approved.map((doc) => ({
          kind: doc.kind,
          regionCode: doc.regionCode,
          version: doc.version,
          effectiveFrom: doc.effectiveFrom,
          body: doc.body,
          approvedAt: (doc.decidedAt ?? doc.proposedAt).toISOString(),
        })),
      );
      const after = { published, policies: approved.length };
      await this.record(manager, actor, 'snapshots.republished', null, after, 'registry');
      return approved.length;
    });
    return { published, policies };
  }

  private record(
    manager: EntityManager,
    actor: RpcActor,
    action: string,
    before: unknown,
    after: OrganizationView | unknown,
    entityId = (after as OrganizationView).id,
  ) {
    return this.audit.record(manager, {
      actor,
      action,
      entityType: 'organization',
      entityId,
      before,
      after,
    });
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
