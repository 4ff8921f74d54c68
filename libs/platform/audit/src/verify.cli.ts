import 'reflect-metadata';
import { loadEnvOrExit } from '@civic/platform/config';
import { Pool } from 'pg';
import { findAuditSchemas, verifyAuditChain } from './verify-audit-chain';
import { formatChainReport } from './verify-report';
import { AuditVerifyEnv } from './verify.env';

/**
 * `npm run audit:verify [schema…]` (rule R31): verifies every audit chain in DATABASE_URL, or
 * only the schemas named, one line each. Exit 0 when every chain is intact, 1 when one is not
 * (or a named schema has no chain), 2 when it could not verify (e.g. no database).
 */
async function main(databaseUrl: string, wanted: string[]): Promise<number> {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: 2,
    application_name: 'audit-verify',
  });
  try {
    const found = await findAuditSchemas(pool);
    const schemas = wanted.length > 0 ? wanted : found;
    if (schemas.length === 0) console.log('no audit chains found');
    let bad = false;
    for (const schema of schemas) {
      if (!found.includes(schema)) {
        console.log(`✗ ${schema}: no audit_entry table in this database`);
        bad = true;
        continue;
      }
      const report = await verifyAuditChain(pool, schema);
      console.log(formatChainReport(report));
      bad ||= !report.ok;
    }
    return bad ? 1 : 0;
  } finally {
    await pool.end();
  }
}

const env = loadEnvOrExit(AuditVerifyEnv, 'audit verify');
main(env.DATABASE_URL, process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`audit verify failed: ${error.message}`);
    process.exit(2);
  },
);
