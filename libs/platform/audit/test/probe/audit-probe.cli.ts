import 'reflect-metadata';
import { loadEnvOrExit } from '@civic/platform/config';
import { runDbCli } from '@civic/platform/database';
import { Matches } from 'class-validator';
import { AUDIT_PROBE_DATABASE } from './audit-probe-database';

class AuditProbeCliEnv {
  @Matches(/^postgres(ql)?:\/\/\S+$/)
  DATABASE_URL: string;
}

// Regenerates the probe's migration: DATABASE_URL=… node -r ./tools/dev/register.cjs <this> generate AuditProbe
const env = loadEnvOrExit(AuditProbeCliEnv, 'audit probe db');
runDbCli(
  AUDIT_PROBE_DATABASE,
  `${__dirname}/migrations`,
  env.DATABASE_URL,
  process.argv.slice(2),
).then((code) => process.exit(code));
