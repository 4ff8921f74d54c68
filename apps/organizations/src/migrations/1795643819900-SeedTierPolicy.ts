import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The R5 policy in force at launch, as data (domain.md "[policy]"): an administrator changes it
 * by adding a newer version, and every tier decision records the version it used. The values are
 * written out here, not imported, so this migration never changes after it has run.
 */
export class SeedTierPolicy1795643819900 implements MigrationInterface {
  name = 'SeedTierPolicy1795643819900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const policy = {
      version: '2026.1',
      registration: { minRegisteredFundsFen: 200000, federationMinMemberOrganizations: 30 },
      streetFiled: { minMembers: 10, minActiveMonths: 3, windowMonths: 6 },
    };
    await queryRunner.query(
      `INSERT INTO "organizations"."policy_version" (kind, version, data, created_by)
       VALUES ('TIER', $1, $2, 'migration') ON CONFLICT DO NOTHING`,
      [policy.version, JSON.stringify(policy)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "organizations"."policy_version" WHERE kind = 'TIER' AND version = '2026.1' AND created_by = 'migration'`,
    );
  }
}
