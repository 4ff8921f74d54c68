import type { RpcEnvelope, WorkItemView } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { ProcurementWorkQueueService } from './work-queue.service';

/** Government purchase's work waiting for the actor, for their home page (issue #18). */
@Controller()
@UseFilters(RpcErrorFilter)
export class ProcurementWorkQueueRpcController {
  constructor(private readonly queue: ProcurementWorkQueueService) {}

  @RpcHandler('procurement.work-queue')
  work({ actor }: RpcEnvelope<Record<string, never>>): Promise<WorkItemView[]> {
    return this.queue.work(actor);
  }
}
