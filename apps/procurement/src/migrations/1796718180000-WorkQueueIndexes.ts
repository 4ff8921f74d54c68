import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #18: the work queue counts the projects at one step across years, the objections still
 * open and a panel member's panels; an index for each.
 */
export class WorkQueueIndexes1796718180000 implements MigrationInterface {
  name = 'WorkQueueIndexes1796718180000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"objection_open\" ON \"procurement\".\"objection\"  (\"project_id\") WHERE status = 'OPEN'");
    await queryRunner.query("CREATE INDEX \"panel_member_user\" ON \"procurement\".\"panel_member\"  (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"purchase_project_status\" ON \"procurement\".\"purchase_project\"  (\"status\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"procurement\".\"purchase_project_status\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"panel_member_user\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"objection_open\"");
  }
}
