import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Forms1796690000000 implements MigrationInterface {
  name = 'Forms1796690000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"incubation\".\"admission_application\" ADD \"answers\" jsonb NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"incubation\".\"admission_application\" ADD \"form_version\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"incubation\".\"cohort\" ADD \"form\" jsonb");
    await queryRunner.query("ALTER TABLE \"incubation\".\"cohort\" ADD \"form_version\" integer NOT NULL DEFAULT '0'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"incubation\".\"cohort\" DROP COLUMN \"form_version\"");
    await queryRunner.query("ALTER TABLE \"incubation\".\"cohort\" DROP COLUMN \"form\"");
    await queryRunner.query("ALTER TABLE \"incubation\".\"admission_application\" DROP COLUMN \"form_version\"");
    await queryRunner.query("ALTER TABLE \"incubation\".\"admission_application\" DROP COLUMN \"answers\"");
  }
}
