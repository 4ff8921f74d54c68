import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1796582737671 implements MigrationInterface {
  name = 'Initial1796582737671';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"procurement\".\"audit_entry\" (\"seq\" bigint NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_id\" text NOT NULL, \"actor_roles\" text array NOT NULL, \"action\" text NOT NULL, \"entity_type\" text NOT NULL, \"entity_id\" text NOT NULL, \"before\" jsonb, \"after\" jsonb, \"request_id\" text, \"prev_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"PK_bb4ea39cbd1686232d5fdda3a01\" PRIMARY KEY (\"seq\"))");
    await queryRunner.query("CREATE INDEX \"audit_entry_entity\" ON \"procurement\".\"audit_entry\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"procurement\".\"inbox\" (\"message_id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"producer\" character varying(60) NOT NULL, \"handled_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bbd15267b116fd3c45f459a65fa\" PRIMARY KEY (\"message_id\"))");
    await queryRunner.query("CREATE TABLE \"procurement\".\"outbox\" (\"id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"payload\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"published_at\" TIMESTAMP WITH TIME ZONE, \"published_epoch\" character varying(40), \"publish_count\" integer NOT NULL DEFAULT '0', \"confirmed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_340ab539f309f03bdaa14aa7649\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"outbox_unconfirmed\" ON \"procurement\".\"outbox\"  (\"created_at\") WHERE confirmed_at IS NULL");
    await queryRunner.query("CREATE TABLE \"procurement\".\"organization_snapshot\" (\"organization_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"data\" jsonb NOT NULL, \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_cadce387a2c773097a6cd1ffa31\" PRIMARY KEY (\"organization_id\"))");
    await queryRunner.query("CREATE TABLE \"procurement\".\"procurement_grant\" (\"id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"organization_name\" character varying(100) NOT NULL, \"title\" character varying(100) NOT NULL, \"fiscal_year\" integer NOT NULL, \"amount_fen\" bigint NOT NULL, \"bank_account\" jsonb NOT NULL, \"commitment_state\" character varying(10) NOT NULL, \"payment_state\" character varying(15) NOT NULL, \"released_fen\" bigint NOT NULL DEFAULT '0', \"status_reason\" jsonb, \"payment_id\" uuid NOT NULL, \"bank_reference\" character varying(60), \"paid_at\" TIMESTAMP WITH TIME ZONE, \"custodian_name\" character varying(100), \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7118560b89e5fba143a4869a2a5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"procurement_grant_payment\" ON \"procurement\".\"procurement_grant\"  (\"payment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"procurement_grant_once\" ON \"procurement\".\"procurement_grant\"  (\"organization_id\", \"fiscal_year\", \"title\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"procurement\".\"procurement_grant_once\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"procurement_grant_payment\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"procurement_grant\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"organization_snapshot\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"outbox_unconfirmed\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"outbox\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"inbox\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"audit_entry_entity\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"audit_entry\"");
  }
}
