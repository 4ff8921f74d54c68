import type { ReconciliationView, RpcEnvelope } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { ReconciliationService } from './reconciliation.service';

/** RPC entry point for the reconciliation report; thin: the service authorizes and reads. */
@Controller()
@UseFilters(RpcErrorFilter)
export class ReconciliationRpcController {
  constructor(private readonly reconciliation: ReconciliationService) {}

  @RpcHandler('finance.reconciliation')
  reconcile({ actor }: RpcEnvelope<Record<string, never>>): Promise<ReconciliationView> {
    return this.reconciliation.report(actor);
  }
}
