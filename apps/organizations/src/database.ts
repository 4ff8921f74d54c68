import type { ServiceDatabase } from '@civic/platform/database';
import { MESSAGING_ENTITIES } from '@civic/platform/messaging';
import { Organization } from './organizations/organization.entity';
import { PolicyVersion } from './policy/policy-version.entity';
import { MIGRATIONS } from './migrations';

/** The organizations service's own schema: the registry, its policy versions, its outbox and inbox. */
export const ORGANIZATIONS_DATABASE: ServiceDatabase = {
  schema: 'organizations',
  entities: [Organization, PolicyVersion, ...MESSAGING_ENTITIES],
  migrations: MIGRATIONS,
};
