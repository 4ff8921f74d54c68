import 'reflect-metadata';
import { loadEnvOrExit } from '@civic/platform/config';
import { runDbCli } from '@civic/platform/database';
import { Matches } from 'class-validator';
import { PROBE_DATABASE } from './probe-database';

class ProbeCliEnv {
  @Matches(/^postgres(ql)?:\/\/\S+$/)
  DATABASE_URL: string;
}

// Regenerates the probe's migration: DATABASE_URL=… node -r ./tools/dev/register.cjs <this> generate Probe
const env = loadEnvOrExit(ProbeCliEnv, 'probe db');
runDbCli(PROBE_DATABASE, `${__dirname}/migrations`, env.DATABASE_URL, process.argv.slice(2)).then(
  (code) => process.exit(code),
);
