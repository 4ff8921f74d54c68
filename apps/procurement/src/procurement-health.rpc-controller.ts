import type { RpcEnvelope, ServiceHealth } from '@civic/contracts';
import { ServiceHealthCheck } from '@civic/platform/observability';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';

/** Lets the gateway ask this service for its health over RPC. */
@Controller()
@UseFilters(RpcErrorFilter)
export class ProcurementHealthRpcController {
  constructor(private readonly health: ServiceHealthCheck) {}

  @RpcHandler('procurement.health')
  check(_envelope: RpcEnvelope<Record<string, never>>): Promise<ServiceHealth> {
    return this.health.summary('procurement');
  }
}
