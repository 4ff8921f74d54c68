import type { components, paths } from '../api/schema';

type Entries = paths['/api/v1/audit/{service}/entries']['get'];

/** A service that keeps an audit chain (R31), as the API names it. */
export type AuditedService = Entries['parameters']['path']['service'];
export type AuditEntryView = components['schemas']['AuditEntryView'];
export type AuditEntryPage = components['schemas']['AuditEntryPage'];
export type AuditVerificationView = components['schemas']['AuditVerificationView'];
export type AuditChainProblem = components['schemas']['AuditChainProblem'];

/** What the screen filters by: the query without its page. */
export type AuditFilters = Omit<
  NonNullable<Entries['parameters']['query']>,
  'page' | 'pageSize' | 'beforeSeq'
>;

/** The services in the selector, the gateway's own chain (users, sign-in) first. */
export const AUDITED_SERVICES = [
  'gateway',
  'organizations',
  'incubation',
  'venture',
  'lottery-fund',
  'procurement',
  'finance',
] as const satisfies readonly AuditedService[];

/** What the API shows instead of a sealed value (R30). */
export const SEALED = '[sealed]';
