import {
  ListPoliciesQuery,
  type Page,
  pageWindow,
  type PoliciesInForceView,
  type PolicyDocumentView,
  PolicyInForceQuery,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import {
  EDITABLE_POLICY_KINDS,
  type EditablePolicyKind,
  policyInForce,
  PROVINCE_REGION,
  regionChain,
} from '@civic/domain/policy';
import { policyToday } from '@civic/platform/policy-copies';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { PolicyDocument } from './policy-document.entity';
import { policyView } from './policy-document.mapper';

/** What the public page shows (issue #17): how ranking works, before anyone applies. */
export const PUBLIC_POLICY_KINDS: readonly EditablePolicyKind[] = [
  'PRIORITY',
  'RESERVE',
  'ELDERCARE_FLOOR',
];

/**
 * Reads of the policy store (issue #17): every version with its history, and the version of each
 * kind in force for a region on a day (a county's over its city's over the province's).
 */
@Injectable()
export class PolicyStoreQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(input: unknown, actor: RpcActor): Promise<Page<PolicyDocumentView>> {
    authorize(actor, Permission.POLICY_READ);
    const query = validatePlain(ListPoliciesQuery, input, 'query');
    const { page, pageSize, skip, take } = pageWindow(query);
    const [rows, total] = await this.dataSource.manager.findAndCount(PolicyDocument, {
      where: {
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.regionCode ? { regionCode: query.regionCode } : {}),
        ...(query.status ? { status: query.status } : {}),
      },
      order: { proposedAt: 'DESC', id: 'ASC' },
      skip,
      take,
    });
    return { items: rows.map((doc) => policyView(doc, 'staff')), total, page, pageSize };
  }

  async get(id: string, actor: RpcActor): Promise<PolicyDocumentView> {
    authorize(actor, Permission.POLICY_READ);
    const doc = await this.dataSource.manager.findOneBy(PolicyDocument, { id });
    if (!doc) throw ServiceError.notFound('policy version', id);
    return policyView(doc, 'staff');
  }

  /** Staff see every kind with names; the public the priority, reserve and eldercare rules. */
  async inForce(
    input: PolicyInForceQuery & { public?: boolean },
    actor: RpcActor,
  ): Promise<PoliciesInForceView> {
    const audience = input.public ? 'public' : 'staff';
    if (audience === 'staff') authorize(actor, Permission.POLICY_READ);
    const { regionCode = PROVINCE_REGION, on = policyToday() } = validatePlain(
      PolicyInForceQuery,
      { regionCode: input.regionCode, on: input.on },
      'query',
    );
    const kinds = audience === 'public' ? PUBLIC_POLICY_KINDS : EDITABLE_POLICY_KINDS;
    const docs = await this.approved(this.dataSource.manager, kinds, regionCode);
    const items = kinds.flatMap((kind) => {
      const doc = policyInForce(docs, { kind, regionCode, on });
      return doc ? [policyView(doc, audience)] : [];
    });
    return { regionCode, on, items };
  }

  /** The version of one kind in force for a region on a day, for this service's own decisions. */
  async documentInForce(
    manager: EntityManager,
    kind: EditablePolicyKind,
    regionCode = PROVINCE_REGION,
    on = policyToday(),
  ): Promise<PolicyDocument | null> {
    return policyInForce(await this.approved(manager, [kind], regionCode), {
      kind,
      regionCode,
      on,
    });
  }

  private approved(
    manager: EntityManager,
    kinds: readonly EditablePolicyKind[],
    regionCode: string,
  ): Promise<PolicyDocument[]> {
    return manager.find(PolicyDocument, {
      where: { kind: In([...kinds]), regionCode: In(regionChain(regionCode)), status: 'APPROVED' },
    });
  }
}
