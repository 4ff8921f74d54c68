import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BudgetPolicyVersion1796680000002 implements MigrationInterface {
  name = 'BudgetPolicyVersion1796680000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"budget_policy_version\" character varying(30)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"budget_policy_version\"");
  }
}
