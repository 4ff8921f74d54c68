import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SecondFactor1796576856951 implements MigrationInterface {
  name = 'SecondFactor1796576856951';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"gateway\".\"recovery_code\" (\"id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"code_hash\" character(64) NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_b7f1e23329e93a80e25fd281922\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a0a5d0531fcd8f15f45cf088e8\" ON \"gateway\".\"recovery_code\"  (\"user_id\", \"code_hash\") ");
    await queryRunner.query("CREATE TABLE \"gateway\".\"second_factor\" (\"user_id\" uuid NOT NULL, \"secret_cipher\" text NOT NULL, \"confirmed_at\" TIMESTAMP WITH TIME ZONE, \"last_time_step\" bigint, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ed3b12c71bfc8b301ef340e1717\" PRIMARY KEY (\"user_id\"))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"gateway\".\"second_factor\"");
    await queryRunner.query("DROP INDEX \"gateway\".\"IDX_a0a5d0531fcd8f15f45cf088e8\"");
    await queryRunner.query("DROP TABLE \"gateway\".\"recovery_code\"");
  }
}
