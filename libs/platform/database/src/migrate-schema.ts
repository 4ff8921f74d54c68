import type { DataSource } from 'typeorm';

/**
 * Creates the service's schema and runs its pending migrations. An advisory lock keyed on the
 * schema lets several replicas start at once: one migrates, the others wait and find nothing to do.
 */
export async function migrateSchema(dataSource: DataSource): Promise<string[]> {
  const schema = dataSource.driver.schema;
  if (!schema) throw new Error('the data source has no schema: every service owns one');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`migrate:${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrate:${schema}`]);
    await runner.release();
  }
}

/** The SQL that entities need beyond the migrations; empty when they agree (the drift check). */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}
