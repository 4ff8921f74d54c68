import type { AuditFilterQuery } from '@civic/contracts';
import { beijingMidnight } from '@civic/domain/calendar';
import { auditTablePath } from './audit-table';

/** A statement and its parameters, for `pg` or TypeORM's `query`. */
export interface SqlStatement {
  text: string;
  values: unknown[];
}

/** Which entries a page holds: its place (offset paging), after a seq (keyset paging) or both. */
export interface AuditWindow {
  page: number;
  pageSize: number;
  beforeSeq?: number;
}

/**
 * The WHERE clause of a search of the audit chain (rule R31): each filter given is one condition,
 * all of them combined with AND, every value a parameter. The subject is matched exactly (the
 * `audit_entry_entity` index); an action ending in `*` by its beginning; the days are Beijing
 * calendar days (UTC+8), `to` inclusive, as half-open instants [from 00:00, day after to 00:00).
 */
export function auditFilterWhere(filter: AuditFilterQuery, values: unknown[] = []): string {
  const conditions: string[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  if (filter.entityType !== undefined)
    conditions.push(`e.entity_type = ${param(filter.entityType)}`);
  if (filter.entityId !== undefined) conditions.push(`e.entity_id = ${param(filter.entityId)}`);
  if (filter.actor !== undefined) conditions.push(`e.actor_id = ${param(filter.actor)}`);
  if (filter.action !== undefined) {
    conditions.push(
      filter.action.endsWith('*')
        ? `starts_with(e.action, ${param(filter.action.slice(0, -1))})`
        : `e.action = ${param(filter.action)}`,
    );
  }
  if (filter.from !== undefined) {
    const day = calendarDay(filter.from, 'from');
    conditions.push(`e.occurred_at >= to_timestamp(${param(epochSeconds(day))}::bigint)`);
  }
  if (filter.to !== undefined) {
    const day = calendarDay(filter.to, 'to');
    conditions.push(`e.occurred_at < to_timestamp(${param(epochSeconds(day + 1))}::bigint)`);
  }
  return conditions.length === 0 ? 'TRUE' : conditions.join(' AND ');
}

const DAY_MS = 86_400_000;

/**
 * A date `YYYY-MM-DD` (checked by the query's CALENDAR_DATE rule) as a day number, for any year
 * from 0001: `Date.UTC` would read years below 100 as 19xx.
 */
function calendarDay(date: string, field: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const at = new Date(0);
  if (match) at.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (!match || at.toISOString().slice(-24, -14) !== date) {
    throw new RangeError(`rule R31: ${field} must be a date YYYY-MM-DD, got ${date}`);
  }
  return at.getTime() / DAY_MS;
}

/**
 * The instant a Beijing day begins, in whole seconds since the epoch: Postgres reads it for any
 * day the filter allows (0001-01-01 begins in year 0 UTC, 9999-12-31 ends in year 10000, which
 * no ISO text it accepts can say).
 */
function epochSeconds(day: number): string {
  return String(beijingMidnight(day).getTime() / 1000);
}

/** The columns a reader sees: as stored, `pg` parsing dates, arrays and jsonb. */
const COLUMNS = `e.seq::text AS seq, e.occurred_at, e.actor_id, e.actor_roles, e.action,
  e.entity_type, e.entity_id, e."before", e."after", e.request_id, e.hash::text AS hash`;

/** One page of the matching entries, newest first (highest seq: seq rises with time). */
export function auditPageSql(
  schema: string,
  filter: AuditFilterQuery,
  window: AuditWindow,
): SqlStatement {
  const values: unknown[] = [];
  let where = auditFilterWhere(filter, values);
  if (window.beforeSeq !== undefined) {
    where += ` AND e.seq < $${values.push(String(window.beforeSeq))}::bigint`;
  }
  const limit = `$${values.push(window.pageSize)}`;
  const offset = `$${values.push((window.page - 1) * window.pageSize)}`;
  return {
    text: `SELECT ${COLUMNS} FROM ${auditTablePath(schema)} e WHERE ${where}
            ORDER BY e.seq DESC LIMIT ${limit} OFFSET ${offset}`,
    values,
  };
}

/** How many entries match the filter in all (whatever the page or the keyset cursor). */
export function auditCountSql(schema: string, filter: AuditFilterQuery): SqlStatement {
  const values: unknown[] = [];
  const where = auditFilterWhere(filter, values);
  return {
    text: `SELECT count(*)::text AS total FROM ${auditTablePath(schema)} e WHERE ${where}`,
    values,
  };
}
