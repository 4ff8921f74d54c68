import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Clawbacks1795682587931 implements MigrationInterface {
  name = 'Clawbacks1795682587931';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"finance\".\"clawback\" (\"id\" uuid NOT NULL, \"commitment_id\" uuid NOT NULL, \"programme\" character varying(30) NOT NULL, \"organization_id\" uuid NOT NULL, \"amount_fen\" bigint NOT NULL, \"paid_fen\" bigint NOT NULL, \"reason\" character varying(500) NOT NULL, \"status\" character varying(10) NOT NULL, \"opened_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a8c1b5cac2a26e99621f9b3257a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1ce88cd4c863b125683ae0664b\" ON \"finance\".\"clawback\"  (\"commitment_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"finance\".\"IDX_1ce88cd4c863b125683ae0664b\"");
    await queryRunner.query("DROP TABLE \"finance\".\"clawback\"");
  }
}
