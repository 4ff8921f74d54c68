import type { CohortDashboardView, RpcEnvelope } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { CohortDashboardQueries } from './cohort-dashboard.queries';

/** The cohort dashboard's RPC entry point (issue #18); thin: the queries authorize and check. */
@Controller()
@UseFilters(RpcErrorFilter)
export class DashboardRpcController {
  constructor(private readonly queries: CohortDashboardQueries) {}

  @RpcHandler('incubation.dashboard.cohorts')
  cohorts({ data, actor }: RpcEnvelope<unknown>): Promise<CohortDashboardView> {
    return this.queries.cohorts(data, actor);
  }
}
