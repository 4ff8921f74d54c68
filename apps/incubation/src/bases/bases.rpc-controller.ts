import type { BasePage, BaseView, RpcEnvelope, RpcRequestOf, VenueView } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { BasesService } from './bases.service';

/** RPC entry points of bases and their venues (R4, R15); thin: the service authorizes and decides. */
@Controller()
@UseFilters(RpcErrorFilter)
export class BasesRpcController {
  constructor(private readonly bases: BasesService) {}

  @RpcHandler('incubation.bases.create')
  createBase({ data, actor }: RpcEnvelope<unknown>): Promise<BaseView> {
    return this.bases.create(data, actor);
  }

  @RpcHandler('incubation.bases.list')
  listBases({ data, actor }: RpcEnvelope<unknown>): Promise<BasePage> {
    return this.bases.list(data, actor);
  }

  @RpcHandler('incubation.venues.create')
  createVenue({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'incubation.venues.create'>>): Promise<VenueView> {
    return this.bases.addVenue(data?.baseId, data?.venue, actor);
  }
}
