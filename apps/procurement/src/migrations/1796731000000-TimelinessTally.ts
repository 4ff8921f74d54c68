import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fills the timeliness tally once from the rows already there: the same GROUP BY as
 * TIMELINESS_SOURCE (apps/procurement/src/dashboard/timeliness.ts), frozen here. Bids ranked
 * before then kept no decision time: they take their project's result publication, and their
 * undertaker's street from the snapshot this service holds (none: area unknown). From then on
 * decisions and finance's settlements move it in their own transactions.
 */
export const TIMELINESS_BACKFILL = `INSERT INTO "procurement"."timeliness_tally" ("street_code", "year", "programme", "stage", "days", "applications")
  SELECT "street_code", "year", "programme", "stage", "days", "applications" FROM (
  SELECT street_code,
         EXTRACT(YEAR FROM submitted_at AT TIME ZONE 'Asia/Shanghai')::int AS year,
         'procurement'::varchar AS programme, stage,
         greatest(0, (at AT TIME ZONE 'Asia/Shanghai')::date
                   - (submitted_at AT TIME ZONE 'Asia/Shanghai')::date)::int AS days,
         count(*)::int AS applications
    FROM (SELECT coalesce(street_code, '000000000') AS street_code, submitted_at,
          decided_at AS at, 'DECISION' AS stage
     FROM procurement.bid WHERE decided_at IS NOT NULL
   UNION ALL
   SELECT coalesce(b.street_code, '000000000'), b.submitted_at, f.first_paid, 'PAYMENT'
     FROM procurement.contract c JOIN procurement.bid b ON b.id = c.bid_id
     JOIN (SELECT contract_id, min(paid_at) AS first_paid FROM procurement.contract_instalment
            WHERE paid_at IS NOT NULL GROUP BY contract_id) f ON f.contract_id = c.id) AS timed
   GROUP BY 1, 2, 3, 4, 5
  ) AS source`;

/** The timeliness tally (issue #18): days to decision and to payment, a day histogram. */
export class TimelinessTally1796731000000 implements MigrationInterface {
  name = 'TimelinessTally1796731000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"procurement\".\"timeliness_tally\" (\"street_code\" character(9) NOT NULL, \"year\" integer NOT NULL, \"programme\" character varying(20) NOT NULL, \"stage\" character varying(10) NOT NULL, \"days\" integer NOT NULL, \"applications\" integer NOT NULL, CONSTRAINT \"PK_630f4eab7506bd6805d405ce799\" PRIMARY KEY (\"street_code\", \"year\", \"programme\", \"stage\", \"days\"))");
    await queryRunner.query("ALTER TABLE \"procurement\".\"bid\" ADD \"decided_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"procurement\".\"bid\" ADD \"street_code\" character(9)");
    // Bids ranked before bids kept it: decided when their project's result was published, where
    // their undertaker's organization is, as the snapshot has it.
    await queryRunner.query(`UPDATE "procurement"."bid" b SET "decided_at" = p.result_published_at
      FROM "procurement"."purchase_project" p WHERE p.id = b.project_id AND b.rank IS NOT NULL`);
    await queryRunner.query(`UPDATE "procurement"."bid" b SET "street_code" = s.data->>'streetCode'
      FROM "procurement"."directory_entry" e
      JOIN "procurement"."organization_snapshot" s ON s.organization_id = e.organization_id
     WHERE e.id = b.entry_id AND b.decided_at IS NOT NULL`);
    await queryRunner.query(TIMELINESS_BACKFILL);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"procurement\".\"bid\" DROP COLUMN \"street_code\"");
    await queryRunner.query("ALTER TABLE \"procurement\".\"bid\" DROP COLUMN \"decided_at\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"timeliness_tally\"");
  }
}
