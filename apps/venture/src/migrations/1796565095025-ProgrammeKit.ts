import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammeKit1796565095025 implements MigrationInterface {
  name = 'ProgrammeKit1796565095025';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"venture\".\"award\" ADD \"released_fen\" bigint NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"venture\".\"award\" ADD \"clawbacks\" jsonb NOT NULL DEFAULT '[]'");
    // the one clawback an award could have becomes the first of its list, then the column goes
    await queryRunner.query("UPDATE \"venture\".\"award\" SET \"clawbacks\" = jsonb_build_array(\"clawback\") WHERE \"clawback\" IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"venture\".\"award\" DROP COLUMN \"clawback\"");
    // a tranche's payment id at finance was its own id until now
    await queryRunner.query("ALTER TABLE \"venture\".\"tranche\" ADD \"payment_id\" uuid");
    await queryRunner.query("UPDATE \"venture\".\"tranche\" SET \"payment_id\" = \"id\"");
    await queryRunner.query("ALTER TABLE \"venture\".\"tranche\" ALTER COLUMN \"payment_id\" SET NOT NULL");
    await queryRunner.query("CREATE INDEX \"tranche_payment_id\" ON \"venture\".\"tranche\" (\"payment_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"venture\".\"tranche_payment_id\"");
    await queryRunner.query("ALTER TABLE \"venture\".\"tranche\" DROP COLUMN \"payment_id\"");
    await queryRunner.query("ALTER TABLE \"venture\".\"award\" ADD \"clawback\" jsonb");
    await queryRunner.query("UPDATE \"venture\".\"award\" SET \"clawback\" = \"clawbacks\" -> -1 WHERE jsonb_array_length(\"clawbacks\") > 0");
    await queryRunner.query("ALTER TABLE \"venture\".\"award\" DROP COLUMN \"clawbacks\"");
    await queryRunner.query("ALTER TABLE \"venture\".\"award\" DROP COLUMN \"released_fen\"");
  }
}
