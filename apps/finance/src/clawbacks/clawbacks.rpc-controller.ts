import type {
  ClawbackPage,
  ClawbackView,
  RpcEnvelope,
  RpcPattern,
  RpcRequestOf,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { ClawbackRecoveryService } from './clawback-recovery.service';
import { ClawbacksService } from './clawbacks.service';

type Req<P extends RpcPattern> = RpcEnvelope<RpcRequestOf<P>>;

/** RPC entry points for clawbacks and their recovery (R19, R28); the services authorize and decide. */
@Controller()
@UseFilters(RpcErrorFilter)
export class ClawbacksRpcController {
  constructor(
    private readonly clawbacks: ClawbacksService,
    private readonly recovery: ClawbackRecoveryService,
  ) {}

  @RpcHandler('finance.clawbacks')
  list({ data, actor }: Req<'finance.clawbacks'>): Promise<ClawbackPage> {
    return this.clawbacks.list(data, actor);
  }

  @RpcHandler('finance.clawbacks.record-receipt')
  record({ data, actor }: Req<'finance.clawbacks.record-receipt'>): Promise<ClawbackView> {
    return this.recovery.record(data?.id, data?.receipt, actor);
  }

  @RpcHandler('finance.clawbacks.decide-receipt')
  decide({ data, actor }: Req<'finance.clawbacks.decide-receipt'>): Promise<ClawbackView> {
    return this.recovery.decide(data?.id, data?.receiptId, data?.decision, actor);
  }
}
