import type { OrganizationAdmittedV1, OrganizationGraduatedV1 } from '@civic/contracts';
import { OutboxWriter } from '@civic/platform/messaging';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { toSnapshot } from '../organizations/organization.mapper';

/**
 * What incubation tells the registry, in the inbox's transaction. An admission to an incubation
 * cohort records the base (the base's staff scope, R16). A graduation from an incubation base
 * (R16) is recorded on the organization, because the priority score gives it a bonus (R13); the
 * change goes out as an organization-changed event so every programme sees it.
 */
@Injectable()
export class GraduationService {
  private readonly logger = new Logger(GraduationService.name);

  constructor(private readonly outbox: OutboxWriter) {}

  /** Admitted to a cohort (R16): the base's staff now see the organization in their scope. */
  async admitted(manager: EntityManager, payload: OrganizationAdmittedV1): Promise<void> {
    const org = await manager.findOne(Organization, {
      where: { id: payload.organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!org) {
      this.logger.warn(`admission of unknown organization ${payload.organizationId} ignored`);
      return;
    }
    if (org.incubationBaseId === payload.baseId) return;
    org.incubationBaseId = payload.baseId;
    const saved = await manager.save(org);
    await this.outbox.publish(manager, 'organizations.organization-changed.v2', toSnapshot(saved));
  }

  async graduated(manager: EntityManager, payload: OrganizationGraduatedV1): Promise<void> {
    const org = await manager.findOne(Organization, {
      where: { id: payload.organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!org) {
      this.logger.warn(`graduation for unknown organization ${payload.organizationId} ignored`);
      return;
    }
    if (org.graduatedFromIncubation) return;
    org.graduatedFromIncubation = true;
    org.incubationBaseId ??= payload.baseId;
    const saved = await manager.save(org);
    await this.outbox.publish(manager, 'organizations.organization-changed.v2', toSnapshot(saved));
  }
}
