import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry tally (issue #18), filled once from the organizations already registered: the same
 * GROUP BY as REGISTRY_TALLY_SOURCE (apps/organizations/src/dashboard/registry-tally.ts), frozen
 * here. From then on the registry's writes move it in their own transactions.
 */
export const REGISTRY_TALLY_BACKFILL = `INSERT INTO "organizations"."registry_tally" ("street_code", "registered_year", "organizations", "registered", "street_filed", "community_guided", "urban", "rural", "life_service", "public_welfare", "mutual_aid", "culture_sports", "rural_production", "party_led")
  SELECT street_code, EXTRACT(YEAR FROM created_at AT TIME ZONE 'Asia/Shanghai')::int,
         count(*)::int,
         (count(*) FILTER (WHERE tier = 'REGISTERED'))::int,
         (count(*) FILTER (WHERE tier = 'STREET_FILED'))::int,
         (count(*) FILTER (WHERE tier = 'COMMUNITY_GUIDED'))::int,
         (count(*) FILTER (WHERE area_type = 'URBAN'))::int,
         (count(*) FILTER (WHERE area_type = 'RURAL'))::int,
         (count(*) FILTER (WHERE category = 'LIFE_SERVICE'))::int,
         (count(*) FILTER (WHERE category = 'PUBLIC_WELFARE'))::int,
         (count(*) FILTER (WHERE category = 'MUTUAL_AID'))::int,
         (count(*) FILTER (WHERE category = 'CULTURE_SPORTS'))::int,
         (count(*) FILTER (WHERE category = 'RURAL_PRODUCTION'))::int,
         (count(*) FILTER (WHERE leaders @> '[{"isPartyMember": true}]'))::int
    FROM "organizations"."organization"
   GROUP BY 1, 2`;

export class RegistryTally1796720000000 implements MigrationInterface {
  name = 'RegistryTally1796720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"organizations\".\"registry_tally\" (\"street_code\" character(9) NOT NULL, \"registered_year\" integer NOT NULL, \"organizations\" integer NOT NULL, \"registered\" integer NOT NULL, \"street_filed\" integer NOT NULL, \"community_guided\" integer NOT NULL, \"urban\" integer NOT NULL, \"rural\" integer NOT NULL, \"life_service\" integer NOT NULL, \"public_welfare\" integer NOT NULL, \"mutual_aid\" integer NOT NULL, \"culture_sports\" integer NOT NULL, \"rural_production\" integer NOT NULL, \"party_led\" integer NOT NULL, CONSTRAINT \"PK_7df1cad7270f90a3d058bec4510\" PRIMARY KEY (\"street_code\", \"registered_year\"))");
    await queryRunner.query(REGISTRY_TALLY_BACKFILL);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"organizations\".\"registry_tally\"");
  }
}
