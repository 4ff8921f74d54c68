import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fills the timeliness tally once from the rows already there: the same GROUP BY as
 * TIMELINESS_SOURCE (apps/lottery-fund/src/dashboard/timeliness.ts), frozen here. Applications
 * decided before then count from their stored decision time, subsidies paid from their payment
 * time. From then on decisions and finance's settlements move it in their own transactions.
 */
export const TIMELINESS_BACKFILL = `INSERT INTO "lottery_fund"."timeliness_tally" ("street_code", "year", "programme", "stage", "days", "applications")
  SELECT "street_code", "year", "programme", "stage", "days", "applications" FROM (
  SELECT street_code,
         EXTRACT(YEAR FROM submitted_at AT TIME ZONE 'Asia/Shanghai')::int AS year,
         'lottery-fund'::varchar AS programme, stage,
         greatest(0, (at AT TIME ZONE 'Asia/Shanghai')::date
                   - (submitted_at AT TIME ZONE 'Asia/Shanghai')::date)::int AS days,
         count(*)::int AS applications
    FROM (SELECT street_code, submitted_at, (decision->>'decidedAt')::timestamptz AS at, 'DECISION' AS stage
     FROM lottery_fund.subsidy_application WHERE decision IS NOT NULL
   UNION ALL
   SELECT street_code, submitted_at, paid_at, 'PAYMENT'
     FROM lottery_fund.subsidy_application WHERE paid_at IS NOT NULL) AS timed
   GROUP BY 1, 2, 3, 4, 5
  ) AS source`;

/** The timeliness tally (issue #18): days to decision and to payment, a day histogram. */
export class TimelinessTally1796731000000 implements MigrationInterface {
  name = 'TimelinessTally1796731000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"lottery_fund\".\"timeliness_tally\" (\"street_code\" character(9) NOT NULL, \"year\" integer NOT NULL, \"programme\" character varying(20) NOT NULL, \"stage\" character varying(10) NOT NULL, \"days\" integer NOT NULL, \"applications\" integer NOT NULL, CONSTRAINT \"PK_630f4eab7506bd6805d405ce799\" PRIMARY KEY (\"street_code\", \"year\", \"programme\", \"stage\", \"days\"))");
    await queryRunner.query(TIMELINESS_BACKFILL);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"lottery_fund\".\"timeliness_tally\"");
  }
}
