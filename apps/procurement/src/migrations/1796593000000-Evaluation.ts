import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Evaluation of purchase projects: the expert pool, panels and recusals (R18), score sheets, objections. */
export class Evaluation1796593000000 implements MigrationInterface {
  name = 'Evaluation1796593000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"procurement\".\"expert\" (\"id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"name\" character varying(50) NOT NULL, \"fields\" jsonb NOT NULL, \"relations\" jsonb NOT NULL, \"active\" boolean NOT NULL DEFAULT true, CONSTRAINT \"UQ_5a0564d12eede28041464041985\" UNIQUE (\"user_id\"), CONSTRAINT \"PK_0062630832658e718267ce2941f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"procurement\".\"objection\" (\"id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"bid_id\" uuid NOT NULL, \"text\" text NOT NULL, \"status\" character varying(10) NOT NULL, \"answer\" text, \"raised_by\" character varying(64) NOT NULL, \"raised_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"answered_by\" character varying(64), \"answered_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_f66a92a8254c445494f6cc3be60\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"objection_project_status\" ON \"procurement\".\"objection\"  (\"project_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"procurement\".\"panel_member\" (\"project_id\" uuid NOT NULL, \"expert_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"name\" character varying(50) NOT NULL, CONSTRAINT \"PK_d10be1046657be03eaa7af4f00e\" PRIMARY KEY (\"project_id\", \"expert_id\"))");
    await queryRunner.query("CREATE TABLE \"procurement\".\"panel_recusal\" (\"project_id\" uuid NOT NULL, \"expert_id\" uuid NOT NULL, \"bid_id\" uuid NOT NULL, \"clauses\" jsonb NOT NULL, CONSTRAINT \"PK_2cda614e96463a0a1cb6aa07846\" PRIMARY KEY (\"project_id\", \"expert_id\", \"bid_id\"))");
    await queryRunner.query("CREATE TABLE \"procurement\".\"score_sheet\" (\"bid_id\" uuid NOT NULL, \"expert_id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"scores\" jsonb NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_74a6f54dd182d6edcaee4f622c3\" PRIMARY KEY (\"bid_id\", \"expert_id\"))");
    await queryRunner.query("ALTER TABLE \"procurement\".\"purchase_project\" ADD \"panel_seed\" bigint");
    await queryRunner.query("ALTER TABLE \"procurement\".\"purchase_project\" ADD \"awarded_bid_id\" uuid");
    await queryRunner.query("ALTER TABLE \"procurement\".\"purchase_project\" ADD \"result_published_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"procurement\".\"purchase_project\" ADD \"objection_deadline\" TIMESTAMP WITH TIME ZONE");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['objection_deadline', 'result_published_at', 'awarded_bid_id', 'panel_seed']) {
      await queryRunner.query(`ALTER TABLE "procurement"."purchase_project" DROP COLUMN "${column}"`);
    }
    for (const table of ['score_sheet', 'panel_recusal', 'panel_member', 'objection', 'expert']) {
      await queryRunner.query(`DROP TABLE "procurement"."${table}"`);
    }
  }
}
