import type { RpcEnvelope, WorkItemView } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { OrganizationsWorkQueueService } from './work-queue.service';

/** The registry's work waiting for the actor, for their home page (issue #18). */
@Controller()
@UseFilters(RpcErrorFilter)
export class OrganizationsWorkQueueRpcController {
  constructor(private readonly queue: OrganizationsWorkQueueService) {}

  @RpcHandler('organizations.work-queue')
  work({ actor }: RpcEnvelope<Record<string, never>>): Promise<WorkItemView[]> {
    return this.queue.work(actor);
  }
}
