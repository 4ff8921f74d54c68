import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fills a cohort tally once from the applications already made, by street or rolled up to the
 * city: the same GROUP BY as cohortTallySource (apps/incubation/src/dashboard/cohort-tally.ts),
 * frozen here. From then on submissions, decisions, graduations and exits move both tallies in
 * their own transactions.
 */
export function cohortTallyBackfill(table: 'cohort_tally' | 'cohort_city_tally'): string {
  const [area, length] = table === 'cohort_tally' ? ['street_code', 9] : ['city_code', 4];
  return `INSERT INTO "incubation"."${table}" ("${area}", "cohort_year", "base_id", "cohort_id", "applied", "admitted", "waitlisted", "rejected", "active", "graduated", "exited")
  SELECT left(a.street_code, ${length}), EXTRACT(YEAR FROM c.starts_on)::int, c.base_id, a.cohort_id,
         count(*)::int,
         (count(*) FILTER (WHERE a.status = 'ADMITTED'))::int,
         (count(*) FILTER (WHERE a.status = 'WAITLISTED'))::int,
         (count(*) FILTER (WHERE a.status = 'REJECTED'))::int,
         (count(i.id) FILTER (WHERE i.status = 'ACTIVE'))::int,
         (count(i.id) FILTER (WHERE i.status = 'GRADUATED'))::int,
         (count(i.id) FILTER (WHERE i.status = 'EXITED'))::int
    FROM "incubation"."admission_application" a
    JOIN "incubation"."cohort" c ON c.id = a.cohort_id
    LEFT JOIN "incubation"."incubatee" i ON i.id = a.id
   GROUP BY 1, 2, 3, 4`;
}

/** The cohort tallies (issue #18): by applicant street, and by applicant city for the province. */
export class CohortTally1796720000000 implements MigrationInterface {
  name = 'CohortTally1796720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"incubation\".\"cohort_tally\" (\"applied\" integer NOT NULL, \"admitted\" integer NOT NULL, \"waitlisted\" integer NOT NULL, \"rejected\" integer NOT NULL, \"active\" integer NOT NULL, \"graduated\" integer NOT NULL, \"exited\" integer NOT NULL, \"street_code\" character(9) NOT NULL, \"cohort_year\" integer NOT NULL, \"base_id\" uuid NOT NULL, \"cohort_id\" uuid NOT NULL, CONSTRAINT \"PK_bfd40ec8bea41ec98e89b745659\" PRIMARY KEY (\"street_code\", \"cohort_year\", \"base_id\", \"cohort_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_cde5fa67cb10eba596dafcf738\" ON \"incubation\".\"cohort_tally\"  (\"base_id\", \"cohort_year\") ");
    await queryRunner.query("CREATE TABLE \"incubation\".\"cohort_city_tally\" (\"applied\" integer NOT NULL, \"admitted\" integer NOT NULL, \"waitlisted\" integer NOT NULL, \"rejected\" integer NOT NULL, \"active\" integer NOT NULL, \"graduated\" integer NOT NULL, \"exited\" integer NOT NULL, \"city_code\" character(4) NOT NULL, \"cohort_year\" integer NOT NULL, \"base_id\" uuid NOT NULL, \"cohort_id\" uuid NOT NULL, CONSTRAINT \"PK_cd3185fe751e38b29fce9b993e9\" PRIMARY KEY (\"city_code\", \"cohort_year\", \"base_id\", \"cohort_id\"))");
    await queryRunner.query(cohortTallyBackfill('cohort_tally'));
    await queryRunner.query(cohortTallyBackfill('cohort_city_tally'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"incubation\".\"cohort_city_tally\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"IDX_cde5fa67cb10eba596dafcf738\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"cohort_tally\"");
  }
}
