import 'reflect-metadata';
import { loadEnvOrExit } from '@civic/platform/config';
import { runDbCli } from '@civic/platform/database';
import { IsString } from 'class-validator';
import { FINANCE_DATABASE } from './database';

class DbCliEnv {
  @IsString()
  DATABASE_URL: string;
}

const env = loadEnvOrExit(DbCliEnv, 'finance db');
runDbCli(FINANCE_DATABASE, `${__dirname}/migrations`, env.DATABASE_URL, process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
