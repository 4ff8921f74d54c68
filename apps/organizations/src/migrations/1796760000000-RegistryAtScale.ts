import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry's list at province scale (issue #19): ~100,000 organizations. Newest first is an
 * index scan instead of a sort of every row, and a search by part
 * of the name (`ILIKE '%…%'`) uses trigrams instead of reading every name. pg_trgm ships with
 * Postgres (trusted: a database owner may create it); it goes in `public`, shared by the schemas.
 */
export class RegistryAtScale1796760000000 implements MigrationInterface {
  name = 'RegistryAtScale1796760000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await queryRunner.query(
      'CREATE INDEX "IDX_organization_newest" ON "organizations"."organization" ("created_at", "id")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_organization_name_trgm" ON "organizations"."organization" USING gin ("name" public.gin_trgm_ops)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "organizations"."IDX_organization_name_trgm"');
    await queryRunner.query('DROP INDEX "organizations"."IDX_organization_newest"');
  }
}
