import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FundingSource1795677197103 implements MigrationInterface {
  name = 'FundingSource1795677197103';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"funding_source\" character varying(20)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"funding_source\"");
  }
}
