import { Module } from '@nestjs/common';
import { CohortDashboardQueries } from './cohort-dashboard.queries';
import { DashboardRpcController } from './dashboard.rpc-controller';

/**
 * Incubation cohort outcomes (issue #18; R16): read from the cohort tally, which admissions,
 * decisions, graduations and exits keep in their own transactions (cohort-tally.ts); and its
 * timeliness histograms, kept by decisions and finance's settlements (timeliness.ts).
 */
@Module({
  controllers: [DashboardRpcController],
  providers: [CohortDashboardQueries],
})
export class DashboardModule {}
