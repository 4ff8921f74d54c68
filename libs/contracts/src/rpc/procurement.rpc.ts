// The procurement service's RPC patterns, each with its request and response.
import type {
  CatalogueItemView,
  CataloguePage,
  CatalogueQuery,
  CreateCatalogueItemDto,
} from '../procurement/catalogue.dto';
import type { ServiceHealth } from './rpc-envelope';

/** What the procurement service (政府购买服务) answers over RPC; the gateway and the service compile against it. */
export interface ProcurementRpc {
  'procurement.health': { request: Record<string, never>; response: ServiceHealth };
  'procurement.catalogue.create': { request: CreateCatalogueItemDto; response: CatalogueItemView };
  'procurement.catalogue.list': { request: CatalogueQuery; response: CataloguePage };
  'procurement.catalogue.public': { request: CatalogueQuery; response: CataloguePage };
}
