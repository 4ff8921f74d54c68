import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Merit1795672782747 implements MigrationInterface {
  name = 'Merit1795672782747';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"merit\" integer");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"merit\"");
  }
}
