import type { FundPositionView, RpcEnvelope } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { FundsService } from './funds.service';

/** RPC entry points for funds and their budgets; thin: the service authorizes and decides. */
@Controller()
@UseFilters(RpcErrorFilter)
export class BudgetsRpcController {
  constructor(private readonly funds: FundsService) {}

  @RpcHandler('finance.funds')
  positions({ data, actor }: RpcEnvelope<unknown>): Promise<FundPositionView[]> {
    return this.funds.positions(data, actor);
  }

  @RpcHandler('finance.appropriate')
  appropriate({ data, actor }: RpcEnvelope<unknown>): Promise<FundPositionView> {
    return this.funds.appropriate(data, actor);
  }
}
