import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #18: the work queue counts the undecided applications of each programme (R20),
 * oldest first; a partial index on the SUBMITTED ones answers that without a scan of every
 * application.
 */
export class WorkQueueIndexes1796718180000 implements MigrationInterface {
  name = 'WorkQueueIndexes1796718180000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"subsidy_application_submitted\" ON \"lottery_fund\".\"subsidy_application\"  (\"programme_id\", \"submitted_at\") WHERE status = 'SUBMITTED'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"lottery_fund\".\"subsidy_application_submitted\"");
  }
}
