import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #18: the work queue counts the failed payments still to re-issue (R28), those no payment
 * re-issues yet; a partial index on `reissue_of` answers that without a scan of every payment.
 */
export class WorkQueueIndexes1796718180000 implements MigrationInterface {
  name = 'WorkQueueIndexes1796718180000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"payment_reissue_of\" ON \"finance\".\"payment\"  (\"reissue_of\") WHERE reissue_of IS NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"finance\".\"payment_reissue_of\"");
  }
}
