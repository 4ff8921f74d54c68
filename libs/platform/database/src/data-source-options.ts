import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { type ConstraintMeaning, declareConstraints } from './constraint-violations';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { WithheldParametersLogger } from './withheld-parameters.logger';

/** What a service declares about its own database: one Postgres schema, its entities, its migrations. */
export interface ServiceDatabase {
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /**
   * What its unique and foreign-key constraints mean, by name, so that a request that breaks one
   * is answered 409 or 422 naming the field and rule (constraintRefusal), never 500.
   */
  constraints?: Record<string, ConstraintMeaning>;
}

/** Data source options for a service: never `synchronize`; migrations run by `migrateSchema`. */
export function dataSourceOptions(
  db: ServiceDatabase,
  url: string,
  extra: { poolSize?: number; logging?: boolean; applicationName?: string } = {},
): DataSourceOptions {
  if (db.constraints) declareConstraints(db.constraints);
  return {
    type: 'postgres',
    url,
    schema: db.schema,
    entities: db.entities,
    migrations: db.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: extra.logging ? ['error', 'warn', 'migration'] : ['error'],
    // failed queries are logged without their values (phone numbers, bank accounts)
    logger: new WithheldParametersLogger(
      extra.logging ? ['error', 'warn', 'migration'] : ['error'],
    ),
    poolSize: extra.poolSize ?? 10,
    applicationName: extra.applicationName ?? db.schema,
  };
}
