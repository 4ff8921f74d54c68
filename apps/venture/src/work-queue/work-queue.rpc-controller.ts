import type { RpcEnvelope, WorkItemView } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { VentureWorkQueueService } from './work-queue.service';

/** Venture philanthropy's work waiting for the actor, for their home page (issue #18). */
@Controller()
@UseFilters(RpcErrorFilter)
export class VentureWorkQueueRpcController {
  constructor(private readonly queue: VentureWorkQueueService) {}

  @RpcHandler('venture.work-queue')
  work({ actor }: RpcEnvelope<Record<string, never>>): Promise<WorkItemView[]> {
    return this.queue.work(actor);
  }
}
