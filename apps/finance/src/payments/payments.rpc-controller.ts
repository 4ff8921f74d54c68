import type { PaymentPage, PaymentView, RpcEnvelope, RpcRequestOf } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { PaymentsQueries } from './payments.queries';
import { ReissuesService } from './reissues/reissues.service';

type Req<P extends 'finance.payments.propose-reissue' | 'finance.payments.decide-reissue'> =
  RpcEnvelope<RpcRequestOf<P>>;

/** RPC entry points for payments and their re-issue (R28); the services authorize and decide. */
@Controller()
@UseFilters(RpcErrorFilter)
export class PaymentsRpcController {
  constructor(
    private readonly payments: PaymentsQueries,
    private readonly reissues: ReissuesService,
  ) {}

  @RpcHandler('finance.payments')
  list({ data, actor }: RpcEnvelope<unknown>): Promise<PaymentPage> {
    return this.payments.list(data, actor);
  }

  @RpcHandler('finance.payments.propose-reissue')
  propose({ data, actor }: Req<'finance.payments.propose-reissue'>): Promise<PaymentView> {
    return this.reissues.propose(data?.id, data?.proposal, actor);
  }

  @RpcHandler('finance.payments.decide-reissue')
  decide({ data, actor }: Req<'finance.payments.decide-reissue'>): Promise<PaymentView> {
    return this.reissues.decide(data?.id, data?.decision, actor);
  }
}
