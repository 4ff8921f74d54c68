import type { ServiceDatabase } from '@civic/platform/database';
import { AUDIT_ENTITIES } from '../../src';
import { MIGRATIONS } from './migrations';

/** A schema like any service's that records decisions: just the audit chain, by migration. */
export const AUDIT_PROBE_DATABASE: ServiceDatabase = {
  schema: 'audit_probe',
  entities: AUDIT_ENTITIES,
  migrations: MIGRATIONS,
};
