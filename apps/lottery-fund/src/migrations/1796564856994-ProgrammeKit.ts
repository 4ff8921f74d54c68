import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammeKit1796564856994 implements MigrationInterface {
  name = 'ProgrammeKit1796564856994';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // added nullable, filled, then NOT NULL (the generator's NOT NULL alone fails with rows present)
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"project_key\" character varying(120)");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"commitment_state\" character varying(10)");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"payment_state\" character varying(15)");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"released_fen\" bigint NOT NULL DEFAULT '0'");
    // the programme kit's states, from the statuses they replace (libs/domain/lottery applicationStatus)
    await queryRunner.query(`UPDATE "lottery_fund"."subsidy_application" SET
        project_key = lower(btrim(regexp_replace(project_name, '\\s+', ' ', 'g'))),
        commitment_state = CASE status WHEN 'APPROVED' THEN 'REQUESTED' WHEN 'COMMITMENT_REFUSED' THEN 'REFUSED'
          WHEN 'COMMITTED' THEN 'COMMITTED' WHEN 'PAID' THEN 'COMMITTED' WHEN 'PAYMENT_FAILED' THEN 'COMMITTED' END,
        payment_state = CASE status WHEN 'APPROVED' THEN 'NOT_REQUESTED' WHEN 'COMMITMENT_REFUSED' THEN 'CANCELLED'
          WHEN 'COMMITTED' THEN 'REQUESTED' WHEN 'PAID' THEN 'PAID' WHEN 'PAYMENT_FAILED' THEN 'FAILED' END,
        payment_id = CASE WHEN status = 'APPROVED' THEN coalesce(payment_id, gen_random_uuid()) ELSE payment_id END`);
    // duplicates stored before the rule (R27) keep their rows; all but the first are told apart
    await queryRunner.query(`UPDATE "lottery_fund"."subsidy_application" a SET project_key = left(a.project_key, 80) || '#' || a.id
       FROM (SELECT id, row_number() OVER (PARTITION BY programme_id, organization_id, project_key ORDER BY submitted_at, id) AS n
               FROM "lottery_fund"."subsidy_application"
              WHERE status NOT IN ('REJECTED', 'COMMITMENT_REFUSED', 'WITHDRAWN')) d
      WHERE a.id = d.id AND d.n > 1`);
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ALTER COLUMN \"project_key\" SET NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"subsidy_application_once\" ON \"lottery_fund\".\"subsidy_application\"  (\"programme_id\", \"organization_id\", \"project_key\") WHERE status NOT IN ('REJECTED', 'COMMITMENT_REFUSED', 'WITHDRAWN')");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"lottery_fund\".\"subsidy_application_once\"");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"released_fen\"");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"payment_state\"");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"commitment_state\"");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"project_key\"");
  }
}
