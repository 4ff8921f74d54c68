import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The bundle job an outbox row was last relayed in (issue #19: many messages to a BullMQ job). */
export class OutboxBundles1796770000000 implements MigrationInterface {
  name = 'OutboxBundles1796770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "venture"."outbox" ADD "job_id" uuid');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "venture"."outbox" DROP COLUMN "job_id"');
  }
}
