import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #18: the work queue reads an organization's awards (the milestone reports it may file),
 * the tranches whose milestone is open (agreements to sign, reports to evaluate) and whether
 * every sheet of a call is in; an index for each.
 */
export class WorkQueueIndexes1796718180000 implements MigrationInterface {
  name = 'WorkQueueIndexes1796718180000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_f9c964b8ed66b3671fba62f188\" ON \"venture\".\"award\"  (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"tranche_milestone_open\" ON \"venture\".\"tranche\"  (\"milestone\") WHERE milestone IN ('PENDING', 'SUBMITTED')");
    await queryRunner.query("CREATE INDEX \"IDX_ae0b3e90fc4564185ada557cae\" ON \"venture\".\"review_assignment\"  (\"call_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"venture\".\"IDX_ae0b3e90fc4564185ada557cae\"");
    await queryRunner.query("DROP INDEX \"venture\".\"tranche_milestone_open\"");
    await queryRunner.query("DROP INDEX \"venture\".\"IDX_f9c964b8ed66b3671fba62f188\"");
  }
}
