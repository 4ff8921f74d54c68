import type { TraceCarrier } from '../common/trace-carrier';

/**
 * Who is asking. The gateway fills it from the verified access token; services authorize against
 * it in their service layer (permission and scope, libs/domain/access) and audit with it (R31).
 */
export interface RpcActor {
  userId: string;
  sessionId?: string;
  /** The user's display name, for records people read (a batch's maker and checker). */
  name?: string;
  roles: string[];
  organizationId?: string;
  baseId?: string;
  streetCode?: string;
}

export interface RpcEnvelope<T> {
  actor: RpcActor;
  requestId?: string;
  data: T;
  /** The caller's trace (W3C trace context), beside the payload: handlers never see it in `data`. */
  trace?: TraceCarrier;
}

export interface ServiceHealth {
  service: string;
  status: 'ok' | 'error';
  details: Record<string, { status: 'up' | 'down'; message?: string }>;
}
