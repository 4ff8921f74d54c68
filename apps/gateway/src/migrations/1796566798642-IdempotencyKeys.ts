import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1796566798642 implements MigrationInterface {
  name = 'IdempotencyKeys1796566798642';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"gateway\".\"idempotency_key\" (\"user_id\" character varying(64) NOT NULL, \"key\" character varying(255) NOT NULL, \"route\" character varying(300) NOT NULL, \"request_hash\" character(64) NOT NULL, \"status\" character varying(12) NOT NULL, \"response_status\" integer, \"response_body\" jsonb, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_de390066dce788f80744a8f6626\" PRIMARY KEY (\"user_id\", \"key\"))");
    await queryRunner.query("CREATE INDEX \"IDX_72d9c713a563e6e92176fe0e44\" ON \"gateway\".\"idempotency_key\"  (\"created_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"gateway\".\"IDX_72d9c713a563e6e92176fe0e44\"");
    await queryRunner.query("DROP TABLE \"gateway\".\"idempotency_key\"");
  }
}
