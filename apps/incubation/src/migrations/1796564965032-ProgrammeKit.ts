import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammeKit1796564965032 implements MigrationInterface {
  name = 'ProgrammeKit1796564965032';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // added nullable, filled from the statuses they replace (subsidyStatus), then NOT NULL
    await queryRunner.query("ALTER TABLE \"incubation\".\"startup_subsidy\" ADD \"commitment_state\" character varying(10)");
    await queryRunner.query("ALTER TABLE \"incubation\".\"startup_subsidy\" ADD \"payment_state\" character varying(15)");
    await queryRunner.query(`UPDATE "incubation"."startup_subsidy" SET
        commitment_state = CASE status WHEN 'REQUESTED' THEN 'REQUESTED' WHEN 'REFUSED' THEN 'REFUSED' ELSE 'COMMITTED' END,
        payment_state = CASE status WHEN 'REQUESTED' THEN 'NOT_REQUESTED' WHEN 'REFUSED' THEN 'CANCELLED'
          WHEN 'COMMITTED' THEN 'REQUESTED' WHEN 'PAID' THEN 'PAID' ELSE 'FAILED' END,
        payment_id = coalesce(payment_id, gen_random_uuid())`);
    await queryRunner.query("ALTER TABLE \"incubation\".\"startup_subsidy\" ALTER COLUMN \"commitment_state\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"incubation\".\"startup_subsidy\" ALTER COLUMN \"payment_state\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"incubation\".\"startup_subsidy\" ADD \"released_fen\" bigint NOT NULL DEFAULT '0'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"incubation\".\"startup_subsidy\" DROP COLUMN \"released_fen\"");
    await queryRunner.query("ALTER TABLE \"incubation\".\"startup_subsidy\" DROP COLUMN \"payment_state\"");
    await queryRunner.query("ALTER TABLE \"incubation\".\"startup_subsidy\" DROP COLUMN \"commitment_state\"");
  }
}
