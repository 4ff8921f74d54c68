import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The W3C trace context of the transaction that wrote an outbox row (issue #20: traces). */
export class OutboxTraceContext1796790000000 implements MigrationInterface {
  name = 'OutboxTraceContext1796790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organizations"."outbox" ADD "trace_context" jsonb');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organizations"."outbox" DROP COLUMN "trace_context"');
  }
}
