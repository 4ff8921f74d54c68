import type { FundingDashboardView, RpcEnvelope } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { FundingDashboardQueries } from './funding-dashboard.queries';

/** The funding dashboard's RPC entry point (issue #18); thin: the queries authorize and check. */
@Controller()
@UseFilters(RpcErrorFilter)
export class DashboardRpcController {
  constructor(private readonly queries: FundingDashboardQueries) {}

  @RpcHandler('finance.dashboard.funding')
  funding({ data, actor }: RpcEnvelope<unknown>): Promise<FundingDashboardView> {
    return this.queries.funding(data, actor);
  }
}
