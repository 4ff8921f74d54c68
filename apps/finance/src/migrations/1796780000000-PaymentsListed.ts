import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PaymentsListed1796780000000 implements MigrationInterface {
  name = 'PaymentsListed1796780000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"finance\".\"IDX_9a405687ee32ad481d3f876701\"");
    await queryRunner.query("CREATE INDEX \"payment_listed_by_status\" ON \"finance\".\"payment\"  (\"status\", \"requested_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"payment_listed\" ON \"finance\".\"payment\"  (\"requested_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ffba6fa5b6adb330afb0a56507\" ON \"finance\".\"payment\"  (\"status\", \"fund\", \"amount_fen\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"finance\".\"IDX_ffba6fa5b6adb330afb0a56507\"");
    await queryRunner.query("DROP INDEX \"finance\".\"payment_listed\"");
    await queryRunner.query("DROP INDEX \"finance\".\"payment_listed_by_status\"");
    await queryRunner.query("CREATE INDEX \"IDX_9a405687ee32ad481d3f876701\" ON \"finance\".\"payment\" (\"status\", \"fund\") ");
  }
}
