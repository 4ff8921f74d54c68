import type {
  ListOrganizationsQuery,
  OrganizationStatsView,
  OrganizationView,
  Page,
  RpcEnvelope,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { OrganizationsService } from './organizations.service';

/** RPC entry points; thin: each passes the envelope's data and actor to the service. */
@Controller()
@UseFilters(RpcErrorFilter)
export class OrganizationsRpcController {
  constructor(private readonly organizations: OrganizationsService) {}

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

  @RpcHandler('organizations.get')
  get({ data, actor }: RpcEnvelope<{ id: string }>): Promise<OrganizationView> {
    return this.organizations.get(data.id, actor);
  }

  @RpcHandler('organizations.list')
  list({ data, actor }: RpcEnvelope<ListOrganizationsQuery>): Promise<Page<OrganizationView>> {
    return this.organizations.list(data, actor);
  }

  @RpcHandler('organizations.stats')
  stats({ data, actor }: RpcEnvelope<{ countyCode?: string }>): Promise<OrganizationStatsView> {
    return this.organizations.stats(data.countyCode, actor);
  }
}
