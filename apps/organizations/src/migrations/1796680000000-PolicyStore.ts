import { SEED_VERSIONS } from '@civic/domain/policy';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The policy store (issue #17): one table of versioned policy documents, each for a region from a
 * day, proposed and approved by two administrators (R28). The versions the platform ships are
 * seeded APPROVED for the province from SEED_VERSIONS (each kind's first version, and R6's
 * priority version; frozen: their spec pins them, so this migration writes the same rows wherever
 * it runs). The R5 tier row of the old `policy_version` table is
 * that seed already (same version, same numbers); the old table goes.
 */
export class PolicyStore1796680000000 implements MigrationInterface {
  name = 'PolicyStore1796680000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"organizations\".\"policy_document\" (\"id\" uuid NOT NULL, \"kind\" character varying(30) NOT NULL, \"region_code\" character(6) NOT NULL, \"version\" character varying(30) NOT NULL, \"effective_from\" date NOT NULL, \"body\" jsonb NOT NULL, \"status\" character varying(12) NOT NULL, \"reason\" text NOT NULL, \"proposed_by\" character varying(100) NOT NULL, \"proposed_by_name\" character varying(100) NOT NULL, \"proposed_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"decided_by\" character varying(100), \"decided_by_name\" character varying(100), \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decision_note\" text, CONSTRAINT \"PK_bcf61e29dc9154db3e3d0d7ba6f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_policy_document_effective\" ON \"organizations\".\"policy_document\"  (\"kind\", \"region_code\", \"effective_from\") WHERE status = 'APPROVED'");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_policy_document_version\" ON \"organizations\".\"policy_document\"  (\"kind\", \"region_code\", \"version\") WHERE status IN ('PROPOSED', 'APPROVED')");
    for (const seed of SEED_VERSIONS) {
      await queryRunner.query(
        `INSERT INTO "organizations"."policy_document"
           (id, kind, region_code, version, effective_from, body, status, reason, proposed_by, proposed_by_name, proposed_at, decided_by, decided_by_name, decided_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'APPROVED', $6, 'seed', '初始版本', now(), 'seed', '初始版本', now())`,
        [seed.kind, seed.regionCode, seed.version, seed.effectiveFrom, JSON.stringify(seed.body), seed.reason],
      );
    }
    await queryRunner.query('DROP TABLE "organizations"."policy_version"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"organizations\".\"policy_version\" (\"id\" SERIAL NOT NULL, \"kind\" character varying(30) NOT NULL, \"version\" character varying(30) NOT NULL, \"data\" jsonb NOT NULL, \"created_by\" character varying(100) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3f434bba531e04026bd90fcf7c5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_26855593af22b6db69021572b4\" ON \"organizations\".\"policy_version\"  (\"kind\", \"version\") ");
    await queryRunner.query(
      `INSERT INTO "organizations"."policy_version" (kind, version, data, created_by)
       SELECT 'TIER', version, body, 'migration' FROM "organizations"."policy_document"
        WHERE kind = 'TIERS' AND status = 'APPROVED' ORDER BY decided_at`,
    );
    await queryRunner.query("DROP INDEX \"organizations\".\"UQ_policy_document_version\"");
    await queryRunner.query("DROP INDEX \"organizations\".\"UQ_policy_document_effective\"");
    await queryRunner.query("DROP TABLE \"organizations\".\"policy_document\"");
  }
}
