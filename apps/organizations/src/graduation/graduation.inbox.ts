import type { OrganizationAdmittedV1, OrganizationGraduatedV1 } from '@civic/contracts';
import type { HandlerContext, InboxBinding, InboxBindingProvider } from '@civic/platform/messaging';
import { OutboxWriter } from '@civic/platform/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { Organization } from '../organizations/organization.entity';
import { toSnapshot } from '../organizations/organization.mapper';

/**
 * The organizations inbox. An admission to an incubation cohort records the base (the base's staff
 * scope, R16). A graduation from an incubation base (R16) is recorded on the
 * organization, because the priority score gives it a bonus (R13); the change goes out as an
 * organization-changed event so every programme sees it.
 */
@Injectable()
export class GraduationInbox implements InboxBindingProvider {
  private readonly logger = new Logger(GraduationInbox.name);

  constructor(private readonly outbox: OutboxWriter) {}

  binding(): InboxBinding<'organizations.inbox'> {
    return {
      queue: 'organizations.inbox',
      handlers: {
        'incubation.organization-admitted.v1': (payload, context) =>
          this.admitted(payload, context),
        'incubation.organization-graduated.v1': (payload, context) =>
          this.graduated(payload, context),
      },
    };
  }

  /** Admitted to a cohort (R16): the base's staff now see the organization in their scope. */
  async admitted(payload: OrganizationAdmittedV1, { manager }: HandlerContext): Promise<void> {
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
    await this.outbox.publish(manager, 'organizations.organization-changed.v1', toSnapshot(saved));
  }

  async graduated(payload: OrganizationGraduatedV1, { manager }: HandlerContext): Promise<void> {
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
    await this.outbox.publish(manager, 'organizations.organization-changed.v1', toSnapshot(saved));
  }
}
