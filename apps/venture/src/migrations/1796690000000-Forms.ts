import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Forms1796690000000 implements MigrationInterface {
  name = 'Forms1796690000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"venture\".\"venture_call\" ADD \"form\" jsonb");
    await queryRunner.query("ALTER TABLE \"venture\".\"venture_call\" ADD \"form_version\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"venture\".\"proposal\" ADD \"answers\" jsonb NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"venture\".\"proposal\" ADD \"form_version\" integer NOT NULL DEFAULT '0'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"venture\".\"proposal\" DROP COLUMN \"form_version\"");
    await queryRunner.query("ALTER TABLE \"venture\".\"proposal\" DROP COLUMN \"answers\"");
    await queryRunner.query("ALTER TABLE \"venture\".\"venture_call\" DROP COLUMN \"form_version\"");
    await queryRunner.query("ALTER TABLE \"venture\".\"venture_call\" DROP COLUMN \"form\"");
  }
}
