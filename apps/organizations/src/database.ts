import { AUDIT_ENTITIES } from '@civic/platform/audit';
import type { ServiceDatabase } from '@civic/platform/database';
import { MESSAGING_ENTITIES } from '@civic/platform/messaging';
import { RegistryTally } from './dashboard/registry-tally.entity';
import { Organization } from './organizations/organization.entity';
import { PolicyDocument } from './policy/policy-document.entity';
import { MIGRATIONS } from './migrations';

/** The organizations service's own schema: the registry, its policy versions, its outbox and inbox, and its audit chain (R31). */
export const ORGANIZATIONS_DATABASE: ServiceDatabase = {
  schema: 'organizations',
  entities: [Organization, PolicyDocument, RegistryTally, ...MESSAGING_ENTITIES, ...AUDIT_ENTITIES],
  migrations: MIGRATIONS,
  constraints: {
    UQ_policy_document_version: {
      rule: 'R28',
      code: 'POLICY_VERSION_TAKEN',
      field: 'body.version',
      message: 'this policy already has a proposed or approved version of that name for the region',
      messageZh: '该地区的此项政策已有同名的待审批或已生效版本',
    },
    UQ_policy_document_effective: {
      rule: 'R28',
      code: 'POLICY_EFFECTIVE_DATE_TAKEN',
      field: 'effectiveFrom',
      message: 'this policy already has an approved version for the region from that day',
      messageZh: '该地区的此项政策在该日已有生效版本',
    },
    IDX_23ec46346c84d8636a767d5bfe: {
      rule: 'R29',
      code: 'USCC_TAKEN',
      field: 'uscc',
      message: 'an organization with this unified social credit code is registered already',
      messageZh: '该统一社会信用代码已被登记',
    },
  },
};
