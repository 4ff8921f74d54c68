import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Forms1796692000000 implements MigrationInterface {
  name = 'Forms1796692000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"procurement\".\"bid\" ADD \"answers\" jsonb NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"procurement\".\"bid\" ADD \"form_version\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"procurement\".\"purchase_project\" ADD \"form\" jsonb");
    await queryRunner.query("ALTER TABLE \"procurement\".\"purchase_project\" ADD \"form_version\" integer NOT NULL DEFAULT '0'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"procurement\".\"purchase_project\" DROP COLUMN \"form_version\"");
    await queryRunner.query("ALTER TABLE \"procurement\".\"purchase_project\" DROP COLUMN \"form\"");
    await queryRunner.query("ALTER TABLE \"procurement\".\"bid\" DROP COLUMN \"form_version\"");
    await queryRunner.query("ALTER TABLE \"procurement\".\"bid\" DROP COLUMN \"answers\"");
  }
}
