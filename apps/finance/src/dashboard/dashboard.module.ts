import { Module } from '@nestjs/common';
import { DashboardRpcController } from './dashboard.rpc-controller';
import { FundingDashboardQueries } from './funding-dashboard.queries';

/**
 * The funding dashboard (issue #18): read from the funding tally, which commitments, payments,
 * batches, settlements, releases, re-issues and clawbacks keep in their own transactions
 * (funding-moves.ts).
 */
@Module({
  controllers: [DashboardRpcController],
  providers: [FundingDashboardQueries],
})
export class DashboardModule {}
