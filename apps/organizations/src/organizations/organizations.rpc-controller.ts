import type {
  ListOrganizationsQuery,
  OrganizationStatsView,
  OrganizationView,
  Page,
  RepublishedView,
  RpcEnvelope,
  UnmaskedOrganizationContactView,
  UnmaskedResidentIdView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { OrganizationContactUnmaskService } from './contact-unmask.service';
import { OrganizationsQueries } from './organizations.queries';
import { OrganizationsService } from './organizations.service';
import { ResidentIdsService } from './resident-ids.service';

/** RPC entry points; thin: each passes the envelope's data and actor to the service. */
@Controller()
@UseFilters(RpcErrorFilter)
export class OrganizationsRpcController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly queries: OrganizationsQueries,
    private readonly residentIds: ResidentIdsService,
    private readonly contacts: OrganizationContactUnmaskService,
  ) {}

  @RpcHandler('organizations.register')
  register({ data, actor }: RpcEnvelope<unknown>): Promise<OrganizationView> {
    return this.organizations.register(data, actor);
  }

  @RpcHandler('organizations.update')
  update({
    data,
    actor,
  }: RpcEnvelope<{ id: string; changes: unknown }>): Promise<OrganizationView> {
    return this.organizations.update(data.id, data.changes, actor);
  }

  @RpcHandler('organizations.republish-snapshots')
  republishSnapshots({ actor }: RpcEnvelope<unknown>): Promise<RepublishedView> {
    return this.organizations.republishSnapshots(actor);
  }

  @RpcHandler('organizations.get')
  get({ data, actor }: RpcEnvelope<{ id: string }>): Promise<OrganizationView> {
    return this.queries.get(data.id, actor);
  }

  @RpcHandler('organizations.list')
  list({ data, actor }: RpcEnvelope<ListOrganizationsQuery>): Promise<Page<OrganizationView>> {
    return this.queries.list(data, actor);
  }

  @RpcHandler('organizations.stats')
  stats({ data, actor }: RpcEnvelope<{ countyCode?: string }>): Promise<OrganizationStatsView> {
    return this.queries.stats(data.countyCode, actor);
  }

  @RpcHandler('organizations.unmask-resident-id')
  unmaskResidentId({
    data,
    actor,
  }: RpcEnvelope<{ id: string; index: number }>): Promise<UnmaskedResidentIdView> {
    return this.residentIds.unmask(data.id, data.index, actor);
  }

  @RpcHandler('organizations.unmask-contact')
  unmaskContact({
    data,
    actor,
  }: RpcEnvelope<{ id: string }>): Promise<UnmaskedOrganizationContactView> {
    return this.contacts.unmask(data.id, actor);
  }

  @RpcHandler('organizations.find-by-resident-id')
  findByResidentId({ data, actor }: RpcEnvelope<unknown>): Promise<OrganizationView[]> {
    return this.residentIds.findByResidentId(data, actor);
  }
}
