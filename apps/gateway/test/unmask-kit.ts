import { http } from '@civic/testing';
import type { Client } from 'pg';

/**
 * What every test of an audited unmasking (R30, R31) needs: the demo users who may and may not
 * see numbers in full, and the service's audit chain read back. Used by the per-programme
 * *-unmask.e2e.int-spec.ts files.
 */

/** Officers who call applicants, and finance staff who pay them (R28), with their roles. */
export const MAY_UNMASK = [
  ['officer', 'programme_officer'],
  ['maker', 'finance_maker'],
  ['checker', 'finance_checker'],
] as const;

/** Every other demo role: refused with 403 before any record is read. */
export const MAY_NOT_UNMASK = ['applicant', 'incubator', 'reviewer', 'street', 'admin'] as const;

/** The user id a token was issued to (its `sub`), as the audit trail records the actor. */
export const userIdOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;

/** An audit entry as stored, with `after` also as text to search for clear numbers. */
export interface StoredEntry {
  actor_id: string;
  actor_roles: string[];
  action: string;
  entity_type: string;
  entity_id: string;
  after: { fields: string[]; masked: Record<string, string> };
  text: string;
}

/** The audit chain of one service's schema, as an unmasking test reads it. */
export function auditOf(db: Client, schema: string) {
  return {
    /** How many unmaskings the chain holds. */
    async unmaskings(): Promise<number> {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM ${schema}.audit_entry WHERE action = 'personal-data.unmasked'`,
      );
      return rows[0].n;
    },
    /** The entry an unmasking answered with (its `auditSeq`). */
    async entry(seq: string): Promise<StoredEntry> {
      const { rows } = await db.query(
        `SELECT actor_id, actor_roles, action, entity_type, entity_id, after, after::text AS text
           FROM ${schema}.audit_entry WHERE seq = $1`,
        [seq],
      );
      return rows[0];
    },
  };
}

/** POSTs an unmasking route with a token; no body. */
export const unmaskAs = (api: string, token: string, path: string) =>
  http('POST', `${api}${path}`, undefined, { token });
