import type { ServiceDatabase } from '@civic/platform/database';
import { MESSAGING_ENTITIES } from '../../src';
import { MIGRATIONS } from './migrations';
import { ProbeAttempt, ProbeEffect } from './probe-effect.entity';

/** The probe's schema: an outbox and inbox like any service's, and an effect log to count. */
export const PROBE_DATABASE: ServiceDatabase = {
  schema: 'probe',
  entities: [ProbeEffect, ProbeAttempt, ...MESSAGING_ENTITIES],
  migrations: MIGRATIONS,
};
