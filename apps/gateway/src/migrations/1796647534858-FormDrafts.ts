import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FormDrafts1796647534858 implements MigrationInterface {
  name = 'FormDrafts1796647534858';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"gateway\".\"form_draft\" (\"user_id\" uuid NOT NULL, \"form_key\" character varying(80) NOT NULL, \"body_cipher\" text NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_00ff459cec83707a555e527bd89\" PRIMARY KEY (\"user_id\", \"form_key\"))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"gateway\".\"form_draft\"");
  }
}
