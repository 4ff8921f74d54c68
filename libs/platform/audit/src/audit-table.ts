/** The table every service's audit chain lives in, one per schema. rule R31 */
export const AUDIT_TABLE = 'audit_entry';

/** A Postgres identifier, quoted. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `"schema"."audit_entry"`, for SQL. */
export function auditTablePath(schema: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(AUDIT_TABLE)}`;
}

/**
 * The text whose `hashtext()` is the advisory-lock key serialising the writers of one schema's
 * chain (rule R31); distinct from the `migrate:<schema>` key of migrateSchema.
 */
export function auditLockName(schema: string): string {
  return `audit:${schema}`;
}
