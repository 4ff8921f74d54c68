import type { Dayjs } from 'dayjs';
import type { AuditFilters } from './audit-types';

/** The filter form as antd holds it: texts as typed, the days as a range picker gives them. */
export interface AuditFilterValues {
  entityType?: string;
  entityId?: string;
  actor?: string;
  action?: string;
  days?: [Dayjs | null, Dayjs | null] | null;
}

const TEXT_FIELDS = ['entityType', 'entityId', 'actor', 'action'] as const;

/**
 * The API's filters from the form (R31): texts trimmed, blanks left out (a blank is "any"), the
 * days as calendar dates `YYYY-MM-DD`, which the API reads in Beijing time, both inclusive.
 */
export function toAuditFilters(values: AuditFilterValues): AuditFilters {
  const filters: AuditFilters = {};
  for (const field of TEXT_FIELDS) {
    const text = values[field]?.trim();
    if (text) filters[field] = text;
  }
  const [from, to] = values.days ?? [];
  if (from) filters.from = from.format('YYYY-MM-DD');
  if (to) filters.to = to.format('YYYY-MM-DD');
  return filters;
}

/** Whether any filter is set: an export of everything says so before it starts. */
export function hasFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

/** `2026-03-02 00:00:00` in Beijing time (UTC+8 all year), whatever the browser's zone. */
export function beijingDateTime(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return shifted.toISOString().slice(0, 19).replace('T', ' ');
}
