// Every service's audit patterns (rule R31): one pair per service that keeps a chain.
import type { AuditEntryPage, AuditVerificationView } from '../audit/audit-entry.view';
import type { AuditSearchQuery } from '../audit/audit-search.query';
import type {
  AuditSearchPattern,
  AuditVerifyPattern,
  RpcAuditedService,
} from '../audit/audit-services';

type AuditSearchRpc = {
  [S in RpcAuditedService as AuditSearchPattern<S>]: {
    request: AuditSearchQuery;
    response: AuditEntryPage;
  };
};

type AuditVerifyRpc = {
  [S in RpcAuditedService as AuditVerifyPattern<S>]: {
    request: Record<string, never>;
    response: AuditVerificationView;
  };
};

/** What each service answers about its own audit chain (libs/platform/audit's AuditRpcModule). */
export type AuditRpc = AuditSearchRpc & AuditVerifyRpc;
