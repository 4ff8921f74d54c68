import type { RpcEnvelope, WorkItemView } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { LotteryWorkQueueService } from './work-queue.service';

/** The lottery fund's work waiting for the actor, for their home page (issue #18). */
@Controller()
@UseFilters(RpcErrorFilter)
export class LotteryWorkQueueRpcController {
  constructor(private readonly queue: LotteryWorkQueueService) {}

  @RpcHandler('lottery-fund.work-queue')
  work({ actor }: RpcEnvelope<Record<string, never>>): Promise<WorkItemView[]> {
    return this.queue.work(actor);
  }
}
