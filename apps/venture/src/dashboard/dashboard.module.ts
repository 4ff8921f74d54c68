import { Module } from '@nestjs/common';
import { DashboardRpcController } from './dashboard.rpc-controller';

/**
 * Venture's timeliness histograms (issue #18; R16, R28): read from its timeliness tally,
 * which awards and finance's settlements keep in their own transactions (timeliness.ts).
 */
@Module({ controllers: [DashboardRpcController] })
export class DashboardModule {}
