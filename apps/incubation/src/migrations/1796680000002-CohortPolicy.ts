import { SEED_POLICIES } from '@civic/domain/policy';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * issue #17: a cohort keeps the incubation policy (R16) it was opened under, version and numbers.
 * Cohorts opened before were opened under the first version (2026.1), which they get here.
 */
export class CohortPolicy1796680000002 implements MigrationInterface {
  name = 'CohortPolicy1796680000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const first = SEED_POLICIES.INCUBATION_DEADLINES;
    await queryRunner.query("ALTER TABLE \"incubation\".\"cohort\" ADD \"policy_version\" character varying(30)");
    await queryRunner.query("ALTER TABLE \"incubation\".\"cohort\" ADD \"policy\" jsonb");
    await queryRunner.query('UPDATE "incubation"."cohort" SET policy_version = $1, policy = $2', [first.version, JSON.stringify(first)]);
    await queryRunner.query("ALTER TABLE \"incubation\".\"cohort\" ALTER COLUMN \"policy_version\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"incubation\".\"cohort\" ALTER COLUMN \"policy\" SET NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"incubation\".\"cohort\" DROP COLUMN \"policy\"");
    await queryRunner.query("ALTER TABLE \"incubation\".\"cohort\" DROP COLUMN \"policy_version\"");
  }
}
