import type {
  Page,
  PoliciesInForceView,
  PolicyDocumentView,
  PolicyInForceQuery,
  RpcEnvelope,
} from '@civic/contracts';
import type { PolicyChangeEvent } from '@civic/domain/policy';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { PolicyStoreQueries } from './policy-store.queries';
import { PolicyStoreService } from './policy-store.service';

/** The policy store's RPC entry points (issue #17); thin: the service authorizes and checks. */
@Controller()
@UseFilters(RpcErrorFilter)
export class PolicyRpcController {
  constructor(
    private readonly store: PolicyStoreService,
    private readonly queries: PolicyStoreQueries,
  ) {}

  @RpcHandler('organizations.policies.propose')
  propose({ data, actor }: RpcEnvelope<unknown>): Promise<PolicyDocumentView> {
    return this.store.propose(data, actor);
  }

  @RpcHandler('organizations.policies.decide')
  decide({
    data,
    actor,
  }: RpcEnvelope<{
    id: string;
    event: PolicyChangeEvent;
    note?: string;
  }>): Promise<PolicyDocumentView> {
    return this.store.decide(data, actor);
  }

  @RpcHandler('organizations.policies.list')
  list({ data, actor }: RpcEnvelope<unknown>): Promise<Page<PolicyDocumentView>> {
    return this.queries.list(data, actor);
  }

  @RpcHandler('organizations.policies.get')
  get({ data, actor }: RpcEnvelope<{ id: string }>): Promise<PolicyDocumentView> {
    return this.queries.get(data.id, actor);
  }

  @RpcHandler('organizations.policies.in-force')
  inForce({
    data,
    actor,
  }: RpcEnvelope<PolicyInForceQuery & { public?: boolean }>): Promise<PoliciesInForceView> {
    return this.queries.inForce(data, actor);
  }
}
