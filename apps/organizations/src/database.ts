import { AUDIT_ENTITIES } from '@civic/platform/audit';
import type { ServiceDatabase } from '@civic/platform/database';
import { MESSAGING_ENTITIES } from '@civic/platform/messaging';
import { Organization } from './organizations/organization.entity';
import { PolicyVersion } from './policy/policy-version.entity';
import { MIGRATIONS } from './migrations';

/** The organizations service's own schema: the registry, its policy versions, its outbox and inbox, and its audit chain (R31). */
export const ORGANIZATIONS_DATABASE: ServiceDatabase = {
  schema: 'organizations',
  entities: [Organization, PolicyVersion, ...MESSAGING_ENTITIES, ...AUDIT_ENTITIES],
  migrations: MIGRATIONS,
  constraints: {
    IDX_23ec46346c84d8636a767d5bfe: {
      rule: 'R29',
      code: 'USCC_TAKEN',
      field: 'uscc',
      message: 'an organization with this unified social credit code is registered already',
      messageZh: '该统一社会信用代码已被登记',
    },
  },
};
