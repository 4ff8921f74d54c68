import { Module } from '@nestjs/common';
import { DashboardRpcController } from './dashboard.rpc-controller';
import { RegistryDashboardQueries } from './registry-dashboard.queries';

/**
 * The registry dashboard (issue #18; R5, R10): read from the registry tally, which the registry's
 * own writes keep (registry-tally.ts, called in OrganizationsService's transactions).
 */
@Module({
  controllers: [DashboardRpcController],
  providers: [RegistryDashboardQueries],
})
export class DashboardModule {}
