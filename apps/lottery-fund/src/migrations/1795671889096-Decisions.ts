import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Decisions1795671889096 implements MigrationInterface {
  name = 'Decisions1795671889096';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"decision\" jsonb");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"status_reason\" jsonb");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"payment_id\" uuid");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"bank_reference\" character varying(60)");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"paid_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"custodian_name\" character varying(100)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"custodian_name\"");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"paid_at\"");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"bank_reference\"");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"payment_id\"");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"status_reason\"");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"decision\"");
  }
}
