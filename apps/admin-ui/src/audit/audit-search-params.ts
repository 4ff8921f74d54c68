import { AUDITED_SERVICES, type AuditedService, type AuditFilters } from './audit-types';

const FILTER_KEYS = ['entityType', 'entityId', 'actor', 'action', 'from', 'to'] as const;

/** The service shown first: the registry's chain, where most decisions are. */
export const DEFAULT_SERVICE: AuditedService = 'organizations';

/**
 * The screen's state in its address (`/audit?service=finance&action=batch.*`), so that a search
 * can be linked to, reloaded and gone back to. Unknown services and keys are ignored.
 */
export function readAuditParams(params: URLSearchParams): {
  service: AuditedService;
  filters: AuditFilters;
} {
  const asked = params.get('service');
  const service = AUDITED_SERVICES.find((s) => s === asked) ?? DEFAULT_SERVICE;
  const filters: AuditFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return { service, filters };
}

export function auditParams(service: AuditedService, filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams({ service });
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}
