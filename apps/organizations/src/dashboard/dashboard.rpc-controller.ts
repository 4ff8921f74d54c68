import type { RegistryDashboardView, RpcEnvelope } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { RegistryDashboardQueries } from './registry-dashboard.queries';

/** The registry dashboard's RPC entry point (issue #18); thin: the queries authorize and check. */
@Controller()
@UseFilters(RpcErrorFilter)
export class DashboardRpcController {
  constructor(private readonly queries: RegistryDashboardQueries) {}

  @RpcHandler('organizations.dashboard')
  dashboard({ data, actor }: RpcEnvelope<unknown>): Promise<RegistryDashboardView> {
    return this.queries.dashboard(data, actor);
  }
}
