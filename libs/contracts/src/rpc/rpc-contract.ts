import type { FieldViolation } from '../common/validation';
import type { AuditRpc } from './audit.rpc';
import type { FinanceRpc } from './finance.rpc';
import type { IncubationRpc } from './incubation.rpc';
import type { LotteryFundRpc } from './lottery-fund.rpc';
import type { OrganizationsRpc } from './organizations.rpc';
import type { ProcurementRpc } from './procurement.rpc';
import type { VentureRpc } from './venture.rpc';

export type { RpcActor, RpcEnvelope, ServiceHealth } from './rpc-envelope';

/**
 * Every RPC pattern with its request and response, one file per service (`<service>.rpc.ts`):
 * gateway and services both compile against it.
 */
export type RpcContract = OrganizationsRpc &
  FinanceRpc &
  IncubationRpc &
  VentureRpc &
  LotteryFundRpc &
  ProcurementRpc &
  AuditRpc;

export type RpcPattern = keyof RpcContract;
export type RpcRequestOf<P extends RpcPattern> = RpcContract[P]['request'];
export type RpcResponseOf<P extends RpcPattern> = RpcContract[P]['response'];

/** The service that answers a pattern: the part before the first dot. */
export function serviceOf(pattern: RpcPattern): string {
  return pattern.slice(0, pattern.indexOf('.'));
}

/** How a service reports a refused call over RPC; the gateway maps `status` to the HTTP answer. */
export interface RpcErrorBody {
  status: number;
  code: string;
  message: string;
  /** The message in Chinese, where the service words one. */
  messageZh?: string;
  violations?: FieldViolation[];
}
