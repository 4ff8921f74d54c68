import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DrawPolicyVersion1796680000002 implements MigrationInterface {
  name = 'DrawPolicyVersion1796680000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"procurement\".\"purchase_project\" ADD \"panel_policy_version\" character varying(30)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"procurement\".\"purchase_project\" DROP COLUMN \"panel_policy_version\"");
  }
}
