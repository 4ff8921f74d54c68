import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditProbe1795655166680 implements MigrationInterface {
  name = 'AuditProbe1795655166680';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_probe"."audit_entry" ("seq" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" text NOT NULL, "actor_roles" text array NOT NULL, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "before" jsonb, "after" jsonb, "request_id" text, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_bb4ea39cbd1686232d5fdda3a01" PRIMARY KEY ("seq"))',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_entry_entity" ON "audit_probe"."audit_entry"  ("entity_type", "entity_id") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "audit_probe"."audit_entry_entity"');
    await queryRunner.query('DROP TABLE "audit_probe"."audit_entry"');
  }
}
