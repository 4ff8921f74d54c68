import type { CohortDashboardView, RpcEnvelope, TimelinessHistograms } from '@civic/contracts';
import { timelinessHistograms } from '@civic/platform/programme-kit';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CohortDashboardQueries } from './cohort-dashboard.queries';
import { TIMELINESS_TALLY } from './timeliness';

/**
 * The incubation dashboards' RPC entry points (issue #18): cohort outcomes, and the timeliness
 * histograms; thin: the queries authorize and check.
 */
@Controller()
@UseFilters(RpcErrorFilter)
export class DashboardRpcController {
  constructor(
    private readonly queries: CohortDashboardQueries,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RpcHandler('incubation.dashboard.cohorts')
  cohorts({ data, actor }: RpcEnvelope<unknown>): Promise<CohortDashboardView> {
    return this.queries.cohorts(data, actor);
  }

  @RpcHandler('incubation.dashboard.timeliness')
  timeliness({ data, actor }: RpcEnvelope<unknown>): Promise<TimelinessHistograms> {
    const manager = this.dataSource.manager;
    return timelinessHistograms(manager, TIMELINESS_TALLY, 'incubation', data, actor);
  }
}
