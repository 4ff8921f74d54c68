import type { RpcEnvelope, TimelinessHistograms } from '@civic/contracts';
import { timelinessHistograms } from '@civic/platform/programme-kit';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TIMELINESS_TALLY } from './timeliness';

/** The timeliness dashboard's RPC entry point (issue #18); the kit's query authorizes and checks. */
@Controller()
@UseFilters(RpcErrorFilter)
export class DashboardRpcController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @RpcHandler('venture.dashboard.timeliness')
  timeliness({ data, actor }: RpcEnvelope<unknown>): Promise<TimelinessHistograms> {
    const manager = this.dataSource.manager;
    return timelinessHistograms(manager, TIMELINESS_TALLY, 'venture', data, actor);
  }
}
