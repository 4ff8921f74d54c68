import type { BatchPage, BatchView, RpcEnvelope, RpcRequestOf } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { BatchQueries } from './batch-queries';
import { BatchesService } from './batches.service';

type Decision = RpcEnvelope<RpcRequestOf<'finance.batches.approve'>>;

/** RPC entry points for disbursement batches; the services authorize and decide. */
@Controller()
@UseFilters(RpcErrorFilter)
export class BatchesRpcController {
  constructor(
    private readonly batches: BatchesService,
    private readonly batchQueries: BatchQueries,
  ) {}

  @RpcHandler('finance.batches.create')
  create({ data, actor }: RpcEnvelope<unknown>): Promise<BatchView> {
    return this.batches.create(data, actor);
  }

  @RpcHandler('finance.batches.list')
  list({ data, actor }: RpcEnvelope<unknown>): Promise<BatchPage> {
    return this.batchQueries.list(data, actor);
  }

  @RpcHandler('finance.batches.get')
  get({ data, actor }: RpcEnvelope<unknown>): Promise<BatchView> {
    return this.batchQueries.get(data, actor);
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
