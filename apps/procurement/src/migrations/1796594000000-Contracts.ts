import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Purchase contracts (R25; Order 102 art. 23–24): contracts, their contract years (each a
 * commitment at finance, R27), instalments (payments, R28) and evaluations. The generator's
 * single-payout grant table goes: a contract year is procurement's commitment now.
 */
export class Contracts1796594000000 implements MigrationInterface {
  name = 'Contracts1796594000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"procurement\".\"procurement_grant_once\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"procurement_grant_payment\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"procurement_grant\"");
    await queryRunner.query("CREATE TABLE \"procurement\".\"contract\" (\"id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"bid_id\" uuid NOT NULL, \"entry_id\" uuid NOT NULL, \"organization_id\" uuid, \"payee_id\" uuid NOT NULL, \"undertaker_name\" character varying(100) NOT NULL, \"undertaker_kind\" character varying(40) NOT NULL, \"title\" character varying(100) NOT NULL, \"amount_fen\" bigint NOT NULL, \"start_date\" date NOT NULL, \"end_date\" date NOT NULL, \"months\" integer NOT NULL, \"fiscal_year\" integer NOT NULL, \"schedule\" jsonb NOT NULL, \"indicators\" jsonb NOT NULL, \"bank_account\" jsonb NOT NULL, \"status\" character varying(12) NOT NULL, \"policy_version\" character varying(30) NOT NULL, \"signed_by\" character varying(64) NOT NULL, \"signed_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_17c3a89f58a2997276084e706e8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"contract_organization\" ON \"procurement\".\"contract\"  (\"organization_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"procurement_contract_project_once\" ON \"procurement\".\"contract\"  (\"project_id\") ");
    await queryRunner.query("CREATE TABLE \"procurement\".\"contract_evaluation\" (\"id\" uuid NOT NULL, \"contract_id\" uuid NOT NULL, \"year_id\" uuid NOT NULL, \"year\" integer NOT NULL, \"kind\" character varying(10) NOT NULL, \"evaluator\" character varying(12) NOT NULL, \"evaluator_name\" character varying(100) NOT NULL, \"scores\" jsonb NOT NULL, \"total_score\" numeric(5,2) NOT NULL, \"passed\" boolean NOT NULL, \"decision\" character varying(10), \"instalment_id\" uuid, \"pay_fen\" bigint, \"withheld_fen\" bigint, \"reason\" text NOT NULL, \"reason_zh\" text NOT NULL, \"comment\" text NOT NULL, \"policy_version\" character varying(30) NOT NULL, \"evaluated_by\" character varying(64) NOT NULL, \"evaluated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_790b8d8630f1e7b3ccdd1e29ce7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"contract_evaluation_final_once\" ON \"procurement\".\"contract_evaluation\"  (\"year_id\") WHERE kind = 'FINAL'");
    await queryRunner.query("CREATE INDEX \"contract_evaluation_contract\" ON \"procurement\".\"contract_evaluation\"  (\"contract_id\") ");
    await queryRunner.query("CREATE TABLE \"procurement\".\"contract_instalment\" (\"id\" uuid NOT NULL, \"contract_id\" uuid NOT NULL, \"year_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"key\" character varying(30) NOT NULL, \"trigger\" character varying(20) NOT NULL, \"scheduled_fen\" bigint NOT NULL, \"amount_fen\" bigint NOT NULL, \"release\" character varying(10) NOT NULL, \"released_at\" TIMESTAMP WITH TIME ZONE, \"payment\" character varying(15) NOT NULL, \"payment_id\" uuid NOT NULL, \"bank_reference\" character varying(60), \"paid_at\" TIMESTAMP WITH TIME ZONE, \"custodian_name\" character varying(100), \"status_reason\" jsonb, CONSTRAINT \"PK_b32c346bcad1bf9a3d7d0c446c6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"contract_instalment_payment\" ON \"procurement\".\"contract_instalment\"  (\"payment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"contract_instalment_position\" ON \"procurement\".\"contract_instalment\"  (\"year_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"procurement\".\"contract_year\" (\"id\" uuid NOT NULL, \"contract_id\" uuid NOT NULL, \"year\" integer NOT NULL, \"fiscal_year\" integer NOT NULL, \"starts_on\" date NOT NULL, \"ends_on\" date NOT NULL, \"months\" integer NOT NULL, \"amount_fen\" bigint NOT NULL, \"commitment_state\" character varying(10), \"status_reason\" jsonb, \"released_fen\" bigint NOT NULL DEFAULT '0', \"renewed_by\" character varying(64), \"renewed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_17ad21158e2cefcafadeb0ddc2a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"contract_year_once\" ON \"procurement\".\"contract_year\"  (\"contract_id\", \"year\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"procurement\".\"contract_year_once\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"contract_year\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"contract_instalment_position\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"contract_instalment_payment\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"contract_instalment\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"contract_evaluation_contract\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"contract_evaluation_final_once\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"contract_evaluation\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"procurement_contract_project_once\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"contract_organization\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"contract\"");
    await queryRunner.query("CREATE TABLE \"procurement\".\"procurement_grant\" (\"id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"organization_name\" character varying(100) NOT NULL, \"title\" character varying(100) NOT NULL, \"fiscal_year\" integer NOT NULL, \"amount_fen\" bigint NOT NULL, \"bank_account\" jsonb NOT NULL, \"commitment_state\" character varying(10) NOT NULL, \"payment_state\" character varying(15) NOT NULL, \"released_fen\" bigint NOT NULL DEFAULT '0', \"status_reason\" jsonb, \"payment_id\" uuid NOT NULL, \"bank_reference\" character varying(60), \"paid_at\" TIMESTAMP WITH TIME ZONE, \"custodian_name\" character varying(100), \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7118560b89e5fba143a4869a2a5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"procurement_grant_payment\" ON \"procurement\".\"procurement_grant\"  (\"payment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"procurement_grant_once\" ON \"procurement\".\"procurement_grant\"  (\"organization_id\", \"fiscal_year\", \"title\") ");
  }
}
