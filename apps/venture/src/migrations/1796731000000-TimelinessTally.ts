import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fills the timeliness tally once from the rows already there: the same GROUP BY as
 * TIMELINESS_SOURCE (apps/venture/src/dashboard/timeliness.ts), frozen here. Awards made before
 * then take their organization's street from the snapshot this service holds (none: area unknown).
 * From then on decisions and finance's settlements move it in their own transactions.
 */
export const TIMELINESS_BACKFILL = `INSERT INTO "venture"."timeliness_tally" ("street_code", "year", "programme", "stage", "days", "applications")
  SELECT "street_code", "year", "programme", "stage", "days", "applications" FROM (
  SELECT street_code,
         EXTRACT(YEAR FROM submitted_at AT TIME ZONE 'Asia/Shanghai')::int AS year,
         'venture'::varchar AS programme, stage,
         greatest(0, (at AT TIME ZONE 'Asia/Shanghai')::date
                   - (submitted_at AT TIME ZONE 'Asia/Shanghai')::date)::int AS days,
         count(*)::int AS applications
    FROM (SELECT coalesce(a.street_code, '000000000') AS street_code, p.submitted_at,
          a.decided_at AS at, 'DECISION' AS stage
     FROM venture.award a JOIN venture.proposal p ON p.id = a.id
   UNION ALL
   SELECT coalesce(a.street_code, '000000000'), p.submitted_at, t.first_paid, 'PAYMENT'
     FROM venture.award a JOIN venture.proposal p ON p.id = a.id
     JOIN (SELECT award_id, min(paid_at) AS first_paid FROM venture.tranche
            WHERE paid_at IS NOT NULL GROUP BY award_id) t ON t.award_id = a.id) AS timed
   GROUP BY 1, 2, 3, 4, 5
  ) AS source`;

/** The timeliness tally (issue #18): days to decision and to payment, a day histogram. */
export class TimelinessTally1796731000000 implements MigrationInterface {
  name = 'TimelinessTally1796731000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"venture\".\"timeliness_tally\" (\"street_code\" character(9) NOT NULL, \"year\" integer NOT NULL, \"programme\" character varying(20) NOT NULL, \"stage\" character varying(10) NOT NULL, \"days\" integer NOT NULL, \"applications\" integer NOT NULL, CONSTRAINT \"PK_630f4eab7506bd6805d405ce799\" PRIMARY KEY (\"street_code\", \"year\", \"programme\", \"stage\", \"days\"))");
    await queryRunner.query("ALTER TABLE \"venture\".\"award\" ADD \"street_code\" character(9)");
    // The street of awards made before awards kept it: the organization's, as the snapshot has it.
    await queryRunner.query(`UPDATE "venture"."award" a SET "street_code" = s.data->>'streetCode'
      FROM "venture"."organization_snapshot" s WHERE s.organization_id = a.organization_id`);
    await queryRunner.query(TIMELINESS_BACKFILL);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"venture\".\"award\" DROP COLUMN \"street_code\"");
    await queryRunner.query("DROP TABLE \"venture\".\"timeliness_tally\"");
  }
}
