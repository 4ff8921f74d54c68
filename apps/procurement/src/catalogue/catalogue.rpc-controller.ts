import type { CatalogueItemView, CataloguePage, RpcEnvelope } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { CatalogueService } from './catalogue.service';

/** RPC entry points of the catalogue (R24, R25); thin: the service authorizes and decides. */
@Controller()
@UseFilters(RpcErrorFilter)
export class CatalogueRpcController {
  constructor(private readonly catalogue: CatalogueService) {}

  @RpcHandler('procurement.catalogue.create')
  create({ data, actor }: RpcEnvelope<unknown>): Promise<CatalogueItemView> {
    return this.catalogue.create(data, actor);
  }

  @RpcHandler('procurement.catalogue.list')
  list({ data, actor }: RpcEnvelope<unknown>): Promise<CataloguePage> {
    return this.catalogue.list(data, actor);
  }

  @RpcHandler('procurement.catalogue.public')
  published({ data }: RpcEnvelope<unknown>): Promise<CataloguePage> {
    return this.catalogue.published(data);
  }
}
