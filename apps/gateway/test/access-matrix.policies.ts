import { randomUUID } from 'node:crypto';
import { SEED_POLICIES } from '@civic/domain/policy';
import { http } from '@civic/testing';
import type { MatrixCase, MatrixUser } from './access-matrix.procurement';

/**
 * The policy store in the access matrix (issue #17, R28): officers and administrators read it,
 * administrators propose, another administrator decides, the proposer withdraws; the public reads
 * the ranking rules. Versions proposed here apply from 2099, so no decision elsewhere in the
 * matrix meets them.
 */
export interface PolicyWorld {
  /** Proposed by the second administrator, for the matrix's administrator to decide. */
  toApprove: string[];
  toReject: string[];
  /** Proposed by the matrix's administrator, for it to withdraw. */
  toWithdraw: string[];
}

const FAR = '2099-01-01';
const READERS: readonly MatrixUser[] = ['officer', 'admin'];
const ADMIN: readonly MatrixUser[] = ['admin'];

/** A CONFLICTS version with the seed's numbers, under a version name nobody holds yet. */
export function policyProposal(reason = '矩阵测试：利益冲突政策新版本') {
  return {
    kind: 'CONFLICTS',
    regionCode: '450000',
    effectiveFrom: FAR,
    reason,
    body: { ...SEED_POLICIES.CONFLICTS, version: `m-${randomUUID().slice(0, 8)}` },
  };
}

/** `n` proposals for each deciding case: every role's call to a case takes one id. */
export async function preparePolicies(options: {
  api: string;
  n: number;
  admin: string;
  admin2: string;
}): Promise<PolicyWorld> {
  const propose = async (token: string) => {
    const res = await http('POST', `${options.api}/v1/policies`, policyProposal(), {
      token,
      headers: { 'Idempotency-Key': randomUUID() },
    });
    if (res.status !== 201) throw new Error(`policy proposal: ${res.status}`);
    return res.body.id as string;
  };
  const many = async (token: string) => {
    const ids: string[] = [];
    for (let i = 0; i < options.n; i++) ids.push(await propose(token));
    return ids;
  };
  return {
    toApprove: await many(options.admin2),
    toReject: await many(options.admin2),
    toWithdraw: await many(options.admin),
  };
}

export function policyCases(w: PolicyWorld): MatrixCase[] {
  return [
    {
      route: 'GET /api/v1/policies',
      path: () => '/v1/policies',
      allowed: READERS,
      why: 'officers and administrators read every policy version with who proposed and decided it',
    },
    {
      route: 'GET /api/v1/policies/in-force',
      path: () => '/v1/policies/in-force?regionCode=450103',
      allowed: READERS,
      why: 'the version of each kind in force, as officers decide with it',
    },
    {
      route: 'GET /api/v1/policies/{id}',
      path: () => `/v1/policies/${w.toWithdraw[0]}`,
      allowed: READERS,
      why: 'one version, with its proposer and approver',
    },
    {
      route: 'POST /api/v1/policies',
      path: () => '/v1/policies',
      body: () => policyProposal(),
      allowed: ADMIN,
      mutates: true,
      why: 'administrators propose a policy change (issue #17)',
    },
    {
      route: 'POST /api/v1/policies/{id}/approve',
      path: () => `/v1/policies/${w.toApprove.pop()}/approve`,
      body: () => ({ note: '同意' }),
      allowed: ADMIN,
      mutates: true,
      why: 'a second administrator approves another’s proposal (R28)',
    },
    {
      route: 'POST /api/v1/policies/{id}/reject',
      path: () => `/v1/policies/${w.toReject.pop()}/reject`,
      body: () => ({ note: '依据不足' }),
      allowed: ADMIN,
      mutates: true,
      why: 'a second administrator rejects another’s proposal (R28)',
    },
    {
      route: 'POST /api/v1/policies/{id}/withdraw',
      path: () => `/v1/policies/${w.toWithdraw.pop()}/withdraw`,
      body: () => ({}),
      allowed: ADMIN,
      mutates: true,
      why: 'the proposing administrator withdraws its own proposal',
    },
  ];
}

/** Read without a login: how ranking works, before anyone applies (policies.e2e.int-spec.ts). */
export const POLICY_PUBLIC_ROUTES = ['GET /api/v1/public/policies'];
