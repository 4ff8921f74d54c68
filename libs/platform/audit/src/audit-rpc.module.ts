import {
  type AuditEntryPage,
  auditSearchPattern,
  type AuditSearchPattern,
  type AuditVerificationView,
  auditVerifyPattern,
  type AuditVerifyPattern,
  type RpcAuditedService,
  type RpcEnvelope,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, type DynamicModule, Module, type Type, UseFilters } from '@nestjs/common';
import { AuditReader } from './audit-reader';

const CONTROLLERS = new Map<RpcAuditedService, Type>();

/**
 * The RPC controller answering `<service>.audit.search` and `<service>.audit.verify` for one
 * service (rule R31): a class per service, since a pattern is fixed when its class is declared.
 * The same class each time it is asked for.
 */
export function auditRpcController(service: RpcAuditedService): Type {
  const known = CONTROLLERS.get(service);
  if (known) return known;

  @Controller()
  @UseFilters(RpcErrorFilter)
  class AuditRpcController {
    constructor(private readonly reader: AuditReader) {}

    @RpcHandler(auditSearchPattern(service))
    search({ data, actor }: RpcEnvelope<unknown>): Promise<AuditEntryPage> {
      return this.reader.search(data, actor);
    }

    @RpcHandler(auditVerifyPattern(service))
    verify({ actor }: RpcEnvelope<unknown>): Promise<AuditVerificationView> {
      return this.reader.verify(actor, service);
    }
  }
  CONTROLLERS.set(service, AuditRpcController);
  return AuditRpcController;
}

/**
 * Who answers a service's audit patterns, for its layout test's `HANDLED_BY`:
 * `...auditRpcHandlers('finance')`.
 */
export function auditRpcHandlers<S extends RpcAuditedService>(
  service: S,
): Record<AuditSearchPattern<S> | AuditVerifyPattern<S>, Type> {
  const controller = auditRpcController(service);
  return {
    [auditSearchPattern(service)]: controller,
    [auditVerifyPattern(service)]: controller,
  } as Record<AuditSearchPattern<S> | AuditVerifyPattern<S>, Type>;
}

/**
 * A service's audit chain, readable by administrators over RPC (rule R31): one line in its root
 * module, `AuditRpcModule.forService('finance')`. The gateway reads its own chain with
 * AuditReader directly.
 */
@Module({})
export class AuditRpcModule {
  static forService(service: RpcAuditedService): DynamicModule {
    return {
      module: AuditRpcModule,
      providers: [AuditReader],
      controllers: [auditRpcController(service)],
    };
  }
}
