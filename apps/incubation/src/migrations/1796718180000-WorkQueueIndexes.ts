import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #18: the work queue counts the incubatees that left and have not handed their space
 * back (R16) at each base; a partial index on those answers that without a scan of every
 * incubatee.
 */
export class WorkQueueIndexes1796718180000 implements MigrationInterface {
  name = 'WorkQueueIndexes1796718180000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"incubatee_space_due\" ON \"incubation\".\"incubatee\"  (\"base_id\") WHERE space_return_due IS NOT NULL AND space_returned_on IS NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"incubation\".\"incubatee_space_due\"");
  }
}
