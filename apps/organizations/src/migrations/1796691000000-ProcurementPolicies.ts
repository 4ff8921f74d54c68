import { SEED_VERSIONS } from '@civic/domain/policy';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** rule R25: the kinds procurement kept in its own `policy_version` table until issue #17. */
const KINDS = ['PURCHASE', 'NEGATIVE_LIST'];

/**
 * Procurement's purchase policy and negative list join the policy store (issue #17; rule R25,
 * rule R12, rule R24): their first versions, 2026.1 from SEED_EFFECTIVE_FROM for the province,
 * seeded APPROVED as the PolicyStore migration seeds the other kinds, from SEED_VERSIONS (frozen:
 * its spec pins them). They are the numbers and words procurement's own table held as 2026.1
 * (its SeedPurchasePolicy and SeedNegativeList migrations; a procurement spec compares them), so
 * whatever was stamped 2026.1 keeps its meaning; procurement drops its table after. A database
 * created after the kinds were added has them from PolicyStore already: nothing is inserted twice.
 */
export class ProcurementPolicies1796691000000 implements MigrationInterface {
  name = 'ProcurementPolicies1796691000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const seed of SEED_VERSIONS.filter((s) => KINDS.includes(s.kind))) {
      await queryRunner.query(
        `INSERT INTO "organizations"."policy_document"
           (id, kind, region_code, version, effective_from, body, status, reason, proposed_by, proposed_by_name, proposed_at, decided_by, decided_by_name, decided_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'APPROVED', $6, 'seed', '初始版本', now(), 'seed', '初始版本', now())
         ON CONFLICT DO NOTHING`,
        [seed.kind, seed.regionCode, seed.version, seed.effectiveFrom, JSON.stringify(seed.body), seed.reason],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "organizations"."policy_document" WHERE kind = ANY($1) AND proposed_by = 'seed'`,
      [KINDS],
    );
  }
}
