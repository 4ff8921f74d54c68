import { loadEnvOrExit } from '@civic/platform/config';
import { IsString } from 'class-validator';
import type { ServiceDatabase } from './data-source-options';
import { runDbCli } from './db-cli';

class DbCliEnv {
  @IsString()
  DATABASE_URL: string;
}

/**
 * The body of each service's `db.cli.ts` (migrate | check | generate <Name>): reads DATABASE_URL,
 * runs the command on the service's schema, and exits with its code.
 */
export function dbCliMain(app: string, database: ServiceDatabase, migrationsDir: string): void {
  const env = loadEnvOrExit(DbCliEnv, `${app} db`);
  runDbCli(database, migrationsDir, env.DATABASE_URL, process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
