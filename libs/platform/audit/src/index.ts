export { AuditEntry } from './audit-entry.entity';
export {
  auditEntryHash,
  type AuditHashFields,
  canonicalJson,
  GENESIS_HASH,
  sha256Hex,
} from './audit-hash';
export type { AuditActor, AuditRecordInput } from './audit-record';
export type { PgQueryable } from './audit-rows';
export { auditCountSql, auditFilterWhere, auditPageSql, type AuditWindow } from './audit-query';
export { AuditReader } from './audit-reader';
export { maskPersonalData, SEALED } from './audit-redaction';
export { auditRpcController, auditRpcHandlers, AuditRpcModule } from './audit-rpc.module';
export { AUDIT_TABLE } from './audit-table';
export { auditSchemaOf, AuditTrail } from './audit-trail';
export { AuditModule } from './audit.module';
export type { AuditChainFault, AuditChainProblem } from './chain-checks';
export { type AuditChainReport, findAuditSchemas, verifyAuditChain } from './verify-audit-chain';
export { formatChainReport } from './verify-report';
export { verificationView } from './audit-verification';
export { AuditVerifyEnv } from './verify.env';

import { AuditEntry } from './audit-entry.entity';
/** Entities every service that records decisions adds to its own schema (rule R31). */
export const AUDIT_ENTITIES = [AuditEntry];
