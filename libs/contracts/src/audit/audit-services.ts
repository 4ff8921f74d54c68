/**
 * The services that keep an audit chain (rule R31), each in its own schema: the gateway (users,
 * sessions, second factors) and the six domain services. The administrators' audit screen picks
 * one; the gateway reads its own chain itself and asks the others over RPC.
 */
export const AUDITED_SERVICES = [
  'gateway',
  'organizations',
  'incubation',
  'venture',
  'lottery-fund',
  'procurement',
  'finance',
] as const;
export type AuditedService = (typeof AUDITED_SERVICES)[number];

/** The services asked over RPC: every audited service but the gateway. */
export type RpcAuditedService = Exclude<AuditedService, 'gateway'>;

export function isAuditedService(value: unknown): value is AuditedService {
  return (AUDITED_SERVICES as readonly unknown[]).includes(value);
}

/** `<service>.audit.search`: a page of the service's audit entries, newest first. */
export type AuditSearchPattern<S extends RpcAuditedService = RpcAuditedService> =
  `${S}.audit.search`;
/** `<service>.audit.verify`: the verification of the service's whole chain. */
export type AuditVerifyPattern<S extends RpcAuditedService = RpcAuditedService> =
  `${S}.audit.verify`;

export function auditSearchPattern<S extends RpcAuditedService>(service: S): AuditSearchPattern<S> {
  return `${service}.audit.search`;
}

export function auditVerifyPattern<S extends RpcAuditedService>(service: S): AuditVerifyPattern<S> {
  return `${service}.audit.verify`;
}
