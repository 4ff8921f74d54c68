import type { CallPage, CallView, RpcEnvelope, RpcPattern, RpcRequestOf } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { CallsService } from './calls.service';

type Req<P extends RpcPattern> = RpcEnvelope<RpcRequestOf<P>>;

/** RPC entry points of calls for proposals (R17); thin: the service authorizes and decides. */
@Controller()
@UseFilters(RpcErrorFilter)
export class CallsRpcController {
  constructor(private readonly calls: CallsService) {}

  @RpcHandler('venture.calls.create')
  createCall({ data, actor }: RpcEnvelope<unknown>): Promise<CallView> {
    return this.calls.create(data, actor);
  }

  @RpcHandler('venture.calls.set-form')
  setForm({ data, actor }: Req<'venture.calls.set-form'>): Promise<CallView> {
    return this.calls.setForm(data?.id, data?.form, actor);
  }

  @RpcHandler('venture.calls.list')
  listCalls({ data, actor }: Req<'venture.calls.list'>): Promise<CallPage> {
    return this.calls.list(data, actor);
  }

  @RpcHandler('venture.calls.get')
  getCall({ data, actor }: Req<'venture.calls.get'>): Promise<CallView> {
    return this.calls.get(data?.id, actor);
  }
}
