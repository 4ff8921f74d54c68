import { tallyDrift } from '@civic/platform/tallies';
import type { Pool } from 'pg';
import type { EntityManager } from 'typeorm';
import { FUNDING_TALLY, FUNDING_TALLY_SOURCE } from '../src/dashboard/funding-tally';

/**
 * The funding tally against the GROUP BY of finance's raw rows (issue #18), read through the
 * test's pool on finance's database: [] when every write moved it exactly.
 */
export function fundingDrift(pool: Pool) {
  const manager = {
    query: async (sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows,
  } as unknown as EntityManager;
  return tallyDrift(manager, FUNDING_TALLY, FUNDING_TALLY_SOURCE);
}
