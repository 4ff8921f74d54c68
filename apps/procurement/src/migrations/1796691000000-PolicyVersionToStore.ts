import { SEED_VERSIONS } from '@civic/domain/policy';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** rule R25: the versions procurement's own table was seeded with, as the policy store ships them. */
const SEEDS = SEED_VERSIONS.filter((s) => s.kind === 'PURCHASE' || s.kind === 'NEGATIVE_LIST').map(
  ({ kind, version, body }) => ({
    kind,
    version,
    // The table kept the version in its own column, the rest as data.
    data: Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'version')),
  }),
);

/**
 * The purchase policy and the negative list now live in the policy store (issue #17; rule R25,
 * rule R12, rule R24): procurement reads them from its `policy_copy` (the shipped 2026.1 until a
 * later version is approved), so its own `policy_version` table goes. Its rows must be exactly the
 * two seeds, which the store ships with the same version and the same data (organizations'
 * ProcurementPolicies migration): anything else (a version added by hand, a seed edited in place)
 * stops the migration rather than being lost; propose it through the store first.
 */
export class PolicyVersionToStore1796691000000 implements MigrationInterface {
  name = 'PolicyVersionToStore1796691000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows: { kind: string; version: string; data: unknown }[] = await queryRunner.query(
      'SELECT kind, version, data FROM "procurement"."policy_version" ORDER BY id',
    );
    const strays: string[] = [];
    for (const row of rows) {
      const seed = SEEDS.find((s) => s.kind === row.kind && s.version === row.version);
      const [same] = seed
        ? await queryRunner.query('SELECT $1::jsonb = $2::jsonb AS same', [
            JSON.stringify(row.data),
            JSON.stringify(seed.data),
          ])
        : [{ same: false }];
      if (!same.same) strays.push(`${row.kind} ${row.version}`);
    }
    if (strays.length > 0) {
      throw new Error(
        `rule R25: procurement.policy_version holds versions the policy store does not ship (${strays.join(', ')}); propose them through the policy store (POST /api/v1/policies) and migrate again`,
      );
    }
    await queryRunner.query('DROP INDEX "procurement"."procurement_policy_version_once"');
    await queryRunner.query('DROP TABLE "procurement"."policy_version"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"procurement\".\"policy_version\" (\"id\" SERIAL NOT NULL, \"kind\" character varying(30) NOT NULL, \"version\" character varying(30) NOT NULL, \"data\" jsonb NOT NULL, \"created_by\" character varying(100) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3f434bba531e04026bd90fcf7c5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"procurement_policy_version_once\" ON \"procurement\".\"policy_version\"  (\"kind\", \"version\") ");
    // The order the seed migrations wrote them: the negative list first, then the purchase policy.
    for (const seed of [...SEEDS].reverse()) {
      await queryRunner.query(
        `INSERT INTO "procurement"."policy_version" (kind, version, data, created_by) VALUES ($1, $2, $3, 'migration')`,
        [seed.kind, seed.version, JSON.stringify(seed.data)],
      );
    }
  }
}
