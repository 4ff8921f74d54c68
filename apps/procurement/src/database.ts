import { AUDIT_ENTITIES } from '@civic/platform/audit';
import type { ServiceDatabase } from '@civic/platform/database';
import { MESSAGING_ENTITIES } from '@civic/platform/messaging';
import { OrganizationSnapshot } from '@civic/platform/snapshots';
import { CatalogueItem } from './catalogue/catalogue-item.entity';
import { ProcurementGrant } from './funding/procurement-grant.entity';
import { MIGRATIONS } from './migrations';
import { ProcurementPolicyVersion } from './policy/policy-version.entity';

/** The procurement service's own schema: its grants, catalogue, policy versions, its copy of organizations, outbox, inbox, audit. */
export const PROCUREMENT_DATABASE: ServiceDatabase = {
  schema: 'procurement',
  entities: [
    ProcurementGrant,
    CatalogueItem,
    ProcurementPolicyVersion,
    OrganizationSnapshot,
    ...MESSAGING_ENTITIES,
    ...AUDIT_ENTITIES,
  ],
  migrations: MIGRATIONS,
  constraints: {
    procurement_catalogue_item_once: {
      rule: 'R24',
      code: 'RULE_R24_DUPLICATE_CATALOGUE_ITEM',
      field: 'name',
      message: "the region's catalogue for this fiscal year holds an item of this name already",
      messageZh: '该地区本年度目录中已有同名条目',
    },
    procurement_grant_once: {
      rule: 'R27',
      code: 'RULE_R27_DUPLICATE_GRANT',
      field: 'title',
      message: 'the organization holds a grant for this project in this fiscal year already',
      messageZh: '该组织本年度已就该项目获得资助，请勿重复申请',
    },
  },
};
