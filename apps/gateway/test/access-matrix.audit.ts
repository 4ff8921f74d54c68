import type { MatrixCase, MatrixUser } from './access-matrix.procurement';

/** Only administrators hold audit.read (domain.md "Actors"; R31). */
const ADMIN: readonly MatrixUser[] = ['admin'];

/**
 * The audit trail in the access matrix (R31, issue #18): administrators search each service's
 * chain, verify it and export it; nobody else reads it. Read-only, so nothing to prepare. The
 * gateway answers for its own chain, the organizations and finance services for theirs over RPC.
 */
export function auditCases(): MatrixCase[] {
  return [
    {
      route: 'GET /api/v1/audit/{service}/entries',
      path: () => '/v1/audit/organizations/entries?entityType=organization&pageSize=5',
      allowed: ADMIN,
      why: "administrators search a service's audit chain (R31)",
    },
    {
      route: 'GET /api/v1/audit/{service}/verification',
      path: () => '/v1/audit/gateway/verification',
      allowed: ADMIN,
      why: 'administrators verify a chain: intact up to seq N, or where it breaks (R31)',
    },
    {
      route: 'GET /api/v1/audit/{service}/entries.xlsx',
      path: () => '/v1/audit/finance/entries.xlsx?action=budget.*',
      allowed: ADMIN,
      why: 'administrators export audit entries with the same filters (R31)',
    },
  ];
}
