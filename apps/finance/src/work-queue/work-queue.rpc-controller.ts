import type { RpcEnvelope, WorkItemView } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { FinanceWorkQueueService } from './work-queue.service';

/** The finance work waiting for the actor, for their home page (issue #18). */
@Controller()
@UseFilters(RpcErrorFilter)
export class FinanceWorkQueueRpcController {
  constructor(private readonly queue: FinanceWorkQueueService) {}

  @RpcHandler('finance.work-queue')
  work({ actor }: RpcEnvelope<Record<string, never>>): Promise<WorkItemView[]> {
    return this.queue.work(actor);
  }
}
