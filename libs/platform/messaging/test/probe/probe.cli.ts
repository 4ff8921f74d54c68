import 'reflect-metadata';
import { runDbCli } from '@civic/platform/database';
import { PROBE_DATABASE } from './probe-database';

// Regenerates the probe's migration: DATABASE_URL=… node -r ./tools/dev/register.cjs <this> generate Probe
runDbCli(
  PROBE_DATABASE,
  `${__dirname}/migrations`,
  process.env.DATABASE_URL ?? '',
  process.argv.slice(2),
).then((code) => process.exit(code));
