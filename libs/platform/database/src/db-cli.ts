import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type ServiceDatabase } from './data-source-options';
import { migrationSource, writeMigrationIndex } from './migration-file';
import { migrateSchema } from './migrate-schema';
import { createScratchDatabase } from './scratch-database';

async function withDataSource<T>(
  db: ServiceDatabase,
  url: string,
  fn: (ds: DataSource) => Promise<T>,
) {
  const dataSource = await new DataSource(dataSourceOptions(db, url, { poolSize: 2 })).initialize();
  try {
    return await fn(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Migrates a scratch database and returns the up and down SQL the entities still need. */
export async function schemaDrift(db: ServiceDatabase, serverUrl: string) {
  const scratch = await createScratchDatabase(serverUrl, `${db.schema}_drift`);
  try {
    return await withDataSource(db, scratch.url, async (ds) => {
      await migrateSchema(ds);
      const sql = await ds.driver.createSchemaBuilder().log();
      return {
        up: sql.upQueries.map((q) => q.query),
        down: sql.downQueries.map((q) => q.query).reverse(),
      };
    });
  } finally {
    await scratch.drop();
  }
}

/**
 * A service's database commands: `migrate` (run pending migrations), `generate <Name>` (write a
 * migration for what the entities changed) and `check` (fail when entities and migrations drift).
 */
export async function runDbCli(
  db: ServiceDatabase,
  migrationsDir: string,
  databaseUrl: string,
  argv: string[],
): Promise<number> {
  const [command, name] = argv;
  if (command === 'migrate') {
    const ran = await withDataSource(db, databaseUrl, migrateSchema);
    console.log(ran.length ? `${db.schema}: ran ${ran.join(', ')}` : `${db.schema}: up to date`);
    return 0;
  }
  if (command === 'check') {
    const { up } = await schemaDrift(db, databaseUrl);
    if (up.length === 0) return (console.log(`${db.schema}: entities match migrations`), 0);
    console.error(
      `${db.schema}: entities and migrations drift; generate a migration:\n${up.join(';\n')}`,
    );
    return 1;
  }
  if (command === 'generate' && name && /^[A-Z][A-Za-z0-9]+$/.test(name)) {
    const { up, down } = await schemaDrift(db, databaseUrl);
    if (up.length === 0) return (console.log(`${db.schema}: nothing to generate`), 0);
    const stamp = Date.now();
    writeFileSync(
      join(migrationsDir, `${stamp}-${name}.ts`),
      migrationSource(`${name}${stamp}`, up, down),
    );
    writeMigrationIndex(migrationsDir);
    console.log(`${db.schema}: wrote migration ${stamp}-${name}.ts`);
    return 0;
  }
  console.error('usage: db.cli.ts migrate | check | generate <PascalCaseName>');
  return 2;
}
