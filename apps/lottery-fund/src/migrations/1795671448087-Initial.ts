import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795671448087 implements MigrationInterface {
  name = 'Initial1795671448087';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"lottery_fund\".\"audit_entry\" (\"seq\" bigint NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_id\" text NOT NULL, \"actor_roles\" text array NOT NULL, \"action\" text NOT NULL, \"entity_type\" text NOT NULL, \"entity_id\" text NOT NULL, \"before\" jsonb, \"after\" jsonb, \"request_id\" text, \"prev_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"PK_bb4ea39cbd1686232d5fdda3a01\" PRIMARY KEY (\"seq\"))");
    await queryRunner.query("CREATE INDEX \"audit_entry_entity\" ON \"lottery_fund\".\"audit_entry\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"lottery_fund\".\"inbox\" (\"message_id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"producer\" character varying(60) NOT NULL, \"handled_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bbd15267b116fd3c45f459a65fa\" PRIMARY KEY (\"message_id\"))");
    await queryRunner.query("CREATE TABLE \"lottery_fund\".\"outbox\" (\"id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"payload\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"published_at\" TIMESTAMP WITH TIME ZONE, \"published_epoch\" character varying(40), \"publish_count\" integer NOT NULL DEFAULT '0', \"confirmed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_340ab539f309f03bdaa14aa7649\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"outbox_unconfirmed\" ON \"lottery_fund\".\"outbox\"  (\"created_at\") WHERE confirmed_at IS NULL");
    await queryRunner.query("CREATE TABLE \"lottery_fund\".\"subsidy_application\" (\"id\" uuid NOT NULL, \"programme_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"organization_name\" character varying(100) NOT NULL, \"organization_area_type\" character varying(5) NOT NULL, \"street_code\" character(9) NOT NULL, \"project_name\" character varying(100) NOT NULL, \"project_area_type\" character varying(5) NOT NULL, \"beneficiaries\" jsonb NOT NULL, \"budget_lines\" jsonb NOT NULL, \"requested_fen\" bigint NOT NULL, \"contact_name\" character varying(50) NOT NULL, \"contact_phone\" character varying(20) NOT NULL, \"bank_account\" jsonb NOT NULL, \"status\" character varying(20) NOT NULL, \"priority_bonus\" integer NOT NULL, \"priority\" jsonb NOT NULL, \"submitted_by\" character varying(64) NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_926b2e4d5d9412007bda0323b42\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_75c3ee70f71e5f3a8983237795\" ON \"lottery_fund\".\"subsidy_application\"  (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_497e50dd5eb8ef4705d55e6148\" ON \"lottery_fund\".\"subsidy_application\"  (\"programme_id\") ");
    await queryRunner.query("CREATE TABLE \"lottery_fund\".\"organization_snapshot\" (\"organization_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"data\" jsonb NOT NULL, \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_cadce387a2c773097a6cd1ffa31\" PRIMARY KEY (\"organization_id\"))");
    await queryRunner.query("CREATE TABLE \"lottery_fund\".\"subsidy_programme\" (\"id\" uuid NOT NULL, \"fiscal_year\" integer NOT NULL, \"purpose\" character varying(20) NOT NULL, \"name\" character varying(100) NOT NULL, \"budget_fen\" bigint NOT NULL, \"rural_reserve_percent\" integer NOT NULL, \"created_by\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8439bc6e4a4c997d0435f42ac7b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a8bf6015594c5521f2877476f6\" ON \"lottery_fund\".\"subsidy_programme\"  (\"fiscal_year\", \"purpose\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"lottery_fund\".\"IDX_a8bf6015594c5521f2877476f6\"");
    await queryRunner.query("DROP TABLE \"lottery_fund\".\"subsidy_programme\"");
    await queryRunner.query("DROP TABLE \"lottery_fund\".\"organization_snapshot\"");
    await queryRunner.query("DROP INDEX \"lottery_fund\".\"IDX_497e50dd5eb8ef4705d55e6148\"");
    await queryRunner.query("DROP INDEX \"lottery_fund\".\"IDX_75c3ee70f71e5f3a8983237795\"");
    await queryRunner.query("DROP TABLE \"lottery_fund\".\"subsidy_application\"");
    await queryRunner.query("DROP INDEX \"lottery_fund\".\"outbox_unconfirmed\"");
    await queryRunner.query("DROP TABLE \"lottery_fund\".\"outbox\"");
    await queryRunner.query("DROP TABLE \"lottery_fund\".\"inbox\"");
    await queryRunner.query("DROP INDEX \"lottery_fund\".\"audit_entry_entity\"");
    await queryRunner.query("DROP TABLE \"lottery_fund\".\"audit_entry\"");
  }
}
