import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Purchase projects and their bids (R25), and the copy of finance's purchase budget (R27). */
export class PurchaseProjects1796592000000 implements MigrationInterface {
  name = 'PurchaseProjects1796592000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"procurement\".\"purchase_budget\" (\"fiscal_year\" integer NOT NULL, \"appropriated_fen\" bigint NOT NULL, \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_41739a4001e83a05bbfadb7c3bd\" PRIMARY KEY (\"fiscal_year\"))");
    await queryRunner.query("CREATE TABLE \"procurement\".\"purchase_project\" (\"id\" uuid NOT NULL, \"catalogue_item_id\" uuid NOT NULL, \"region_code\" character(6) NOT NULL, \"fiscal_year\" integer NOT NULL, \"title\" character varying(100) NOT NULL, \"description\" text NOT NULL, \"budget_fen\" bigint NOT NULL, \"method\" character varying(30) NOT NULL, \"method_justification\" text, \"contract_months\" integer NOT NULL, \"budget_secured\" boolean NOT NULL DEFAULT false, \"reserved_for_social_organizations\" boolean NOT NULL DEFAULT false, \"criteria\" jsonb NOT NULL, \"status\" character varying(20) NOT NULL, \"policy_version\" character varying(30) NOT NULL, \"announced_at\" TIMESTAMP WITH TIME ZONE, \"bid_deadline\" TIMESTAMP WITH TIME ZONE, \"created_by\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_31aeebec3bbb84cdc7a0d7167b3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"purchase_project_year_status\" ON \"procurement\".\"purchase_project\"  (\"fiscal_year\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"procurement\".\"bid\" (\"id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"entry_id\" uuid NOT NULL, \"undertaker_name\" character varying(100) NOT NULL, \"undertaker_kind\" character varying(40) NOT NULL, \"price_fen\" bigint NOT NULL, \"proposal\" text NOT NULL, \"status\" character varying(20) NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"submitted_by\" character varying(64) NOT NULL, \"total_score\" numeric(7,2), \"rank\" integer, CONSTRAINT \"PK_ed405dda320051aca2dcb1a50bb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"procurement_bid_once\" ON \"procurement\".\"bid\"  (\"project_id\", \"entry_id\") WHERE status <> 'WITHDRAWN'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"procurement\".\"procurement_bid_once\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"bid\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"purchase_project_year_status\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"purchase_project\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"purchase_budget\"");
  }
}
