import type { BatchPage, BatchView, RpcEnvelope, RpcRequestOf } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { BatchesQueries } from './batches.queries';
import { BatchesService } from './batches.service';

type Decision = RpcEnvelope<RpcRequestOf<'finance.batches.approve'>>;

/** RPC entry points for disbursement batches; the services authorize and decide. */
@Controller()
@UseFilters(RpcErrorFilter)
export class BatchesRpcController {
  constructor(
    private readonly batches: BatchesService,
    private readonly queries: BatchesQueries,
  ) {}

  @RpcHandler('finance.batches.create')
  create({ data, actor }: RpcEnvelope<unknown>): Promise<BatchView> {
    return this.batches.create(data, actor);
  }

  @RpcHandler('finance.batches.list')
  list({ data, actor }: RpcEnvelope<unknown>): Promise<BatchPage> {
    return this.queries.list(data, actor);
  }

  @RpcHandler('finance.batches.get')
  get({ data, actor }: RpcEnvelope<unknown>): Promise<BatchView> {
    return this.queries.get(data, actor);
  }

  @RpcHandler('finance.batches.approve')
  approve({ data, actor }: Decision): Promise<BatchView> {
    return this.batches.approve(data?.id, data?.decision, actor);
  }

  @RpcHandler('finance.batches.reject')
  reject({ data, actor }: Decision): Promise<BatchView> {
    return this.batches.reject(data?.id, data?.decision, actor);
  }
}
