import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClawbackReceipts1795693208183 implements MigrationInterface {
  name = 'ClawbackReceipts1795693208183';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"finance\".\"clawback_receipt\" (\"id\" uuid NOT NULL, \"clawback_id\" uuid NOT NULL, \"amount_fen\" bigint NOT NULL, \"bank_reference\" character varying(64) NOT NULL, \"received_on\" date NOT NULL, \"status\" character varying(10) NOT NULL, \"recorded_by\" character varying(64) NOT NULL, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"decided_by\" character varying(64), \"decided_at\" TIMESTAMP WITH TIME ZONE, \"note\" character varying(500), CONSTRAINT \"PK_0c41882d380ac76bef9b8788f3c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_2aab7fc0f638dceb853499c0f0\" ON \"finance\".\"clawback_receipt\"  (\"clawback_id\") ");
    await queryRunner.query("ALTER TABLE \"finance\".\"clawback\" ADD \"recovered_fen\" bigint NOT NULL DEFAULT '0'");
    // widened in place (the generator drops and re-adds the column, which would lose every status)
    await queryRunner.query("ALTER TABLE \"finance\".\"clawback\" ALTER COLUMN \"status\" TYPE character varying(20)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"finance\".\"clawback\" ALTER COLUMN \"status\" TYPE character varying(10)");
    await queryRunner.query("ALTER TABLE \"finance\".\"clawback\" DROP COLUMN \"recovered_fen\"");
    await queryRunner.query("DROP INDEX \"finance\".\"IDX_2aab7fc0f638dceb853499c0f0\"");
    await queryRunner.query("DROP TABLE \"finance\".\"clawback_receipt\"");
  }
}
