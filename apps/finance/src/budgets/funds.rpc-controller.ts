import type { FundPositionView, ReconciliationView, RpcEnvelope } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { ReconciliationService } from '../reconciliation/reconciliation.service';
import { FundsService } from './funds.service';

/** RPC entry points for funds, budgets, and the reconciliation report; thin: the service authorizes and decides. */
@Controller()
@UseFilters(RpcErrorFilter)
export class FundsRpcController {
  constructor(
    private readonly funds: FundsService,
    private readonly reconciliation: ReconciliationService,
  ) {}

  @RpcHandler('finance.funds')
  positions({ data, actor }: RpcEnvelope<unknown>): Promise<FundPositionView[]> {
    return this.funds.positions(data, actor);
  }

  @RpcHandler('finance.appropriate')
  appropriate({ data, actor }: RpcEnvelope<unknown>): Promise<FundPositionView> {
    return this.funds.appropriate(data, actor);
  }

  @RpcHandler('finance.reconciliation')
  reconcile({ actor }: RpcEnvelope<Record<string, never>>): Promise<ReconciliationView> {
    return this.reconciliation.report(actor);
  }
}
