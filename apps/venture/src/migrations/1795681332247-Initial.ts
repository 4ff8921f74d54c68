import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795681332247 implements MigrationInterface {
  name = 'Initial1795681332247';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"venture\".\"audit_entry\" (\"seq\" bigint NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_id\" text NOT NULL, \"actor_roles\" text array NOT NULL, \"action\" text NOT NULL, \"entity_type\" text NOT NULL, \"entity_id\" text NOT NULL, \"before\" jsonb, \"after\" jsonb, \"request_id\" text, \"prev_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"PK_bb4ea39cbd1686232d5fdda3a01\" PRIMARY KEY (\"seq\"))");
    await queryRunner.query("CREATE INDEX \"audit_entry_entity\" ON \"venture\".\"audit_entry\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"venture\".\"inbox\" (\"message_id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"producer\" character varying(60) NOT NULL, \"handled_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bbd15267b116fd3c45f459a65fa\" PRIMARY KEY (\"message_id\"))");
    await queryRunner.query("CREATE TABLE \"venture\".\"outbox\" (\"id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"payload\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"published_at\" TIMESTAMP WITH TIME ZONE, \"published_epoch\" character varying(40), \"publish_count\" integer NOT NULL DEFAULT '0', \"confirmed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_340ab539f309f03bdaa14aa7649\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"outbox_unconfirmed\" ON \"venture\".\"outbox\"  (\"created_at\") WHERE confirmed_at IS NULL");
    await queryRunner.query("CREATE TABLE \"venture\".\"organization_snapshot\" (\"organization_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"data\" jsonb NOT NULL, \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_cadce387a2c773097a6cd1ffa31\" PRIMARY KEY (\"organization_id\"))");
    await queryRunner.query("CREATE TABLE \"venture\".\"award\" (\"id\" uuid NOT NULL, \"call_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"amount_fen\" bigint NOT NULL, \"source\" character varying(20) NOT NULL, \"rank\" integer NOT NULL, \"comment\" character varying(500) NOT NULL, \"decided_by\" character varying(64) NOT NULL, \"status\" character varying(20) NOT NULL, \"status_reason\" jsonb, \"decided_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e887e4e69663925ebb60d3a7775\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_58e99b8183160fd845df507529\" ON \"venture\".\"award\"  (\"call_id\") ");
    await queryRunner.query("CREATE TABLE \"venture\".\"tranche\" (\"id\" uuid NOT NULL, \"award_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"key\" character varying(30) NOT NULL, \"percent\" integer NOT NULL, \"amount_fen\" bigint NOT NULL, \"milestone\" character varying(12) NOT NULL, \"report\" text, \"review_comment\" character varying(500), \"payment\" character varying(16) NOT NULL, \"released_at\" TIMESTAMP WITH TIME ZONE, \"bank_reference\" character varying(60), \"paid_at\" TIMESTAMP WITH TIME ZONE, \"status_reason\" jsonb, CONSTRAINT \"PK_d9a3e9ca541885793556eae9eb8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c1e2f0714618a554d45f323170\" ON \"venture\".\"tranche\"  (\"award_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"venture\".\"venture_call\" (\"id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"fiscal_year\" integer NOT NULL, \"budget_fen\" bigint NOT NULL, \"min_fen\" bigint NOT NULL, \"max_fen\" bigint NOT NULL, \"focus_groups\" jsonb NOT NULL, \"rubric\" jsonb NOT NULL, \"tranches\" jsonb NOT NULL, \"rural_reserve_percent\" integer NOT NULL, \"deadline\" TIMESTAMP WITH TIME ZONE NOT NULL, \"draw_seed\" bigint, \"drawn_at\" TIMESTAMP WITH TIME ZONE, \"created_by\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ae42026b55e8db248238397692b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"venture\".\"proposal\" (\"id\" uuid NOT NULL, \"call_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"organization_name\" character varying(100) NOT NULL, \"organization_area_type\" character varying(5) NOT NULL, \"title\" character varying(100) NOT NULL, \"summary\" text NOT NULL, \"project_area_type\" character varying(5) NOT NULL, \"served_groups\" jsonb NOT NULL, \"budget_lines\" jsonb NOT NULL, \"requested_fen\" bigint NOT NULL, \"contact_name\" character varying(50) NOT NULL, \"contact_phone\" character varying(20) NOT NULL, \"bank_account\" jsonb NOT NULL, \"status\" character varying(20) NOT NULL, \"priority\" jsonb NOT NULL, \"priority_bonus\" integer NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"created_by\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ca872ecfe4fef5720d2d39e4275\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f4b7a7ff0a51eff46e4c566bf9\" ON \"venture\".\"proposal\"  (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c0998ec6dd68ccc140786930a4\" ON \"venture\".\"proposal\"  (\"call_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"venture\".\"review_assignment\" (\"proposal_id\" uuid NOT NULL, \"reviewer_id\" uuid NOT NULL, \"call_id\" uuid NOT NULL, \"scores\" jsonb, \"comment\" character varying(1000), \"scored_at\" TIMESTAMP WITH TIME ZONE, \"assigned_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_55e15c6f2c321baa7e29bd9d139\" PRIMARY KEY (\"proposal_id\", \"reviewer_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0960ff781a500039d868712d60\" ON \"venture\".\"review_assignment\"  (\"reviewer_id\") ");
    await queryRunner.query("CREATE TABLE \"venture\".\"recusal\" (\"proposal_id\" uuid NOT NULL, \"reviewer_id\" uuid NOT NULL, \"call_id\" uuid NOT NULL, \"clauses\" jsonb NOT NULL, \"logged_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a8b5a02bdc925831e937f3008c8\" PRIMARY KEY (\"proposal_id\", \"reviewer_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e8d5bec8d214873056ecd74e68\" ON \"venture\".\"recusal\"  (\"call_id\") ");
    await queryRunner.query("CREATE TABLE \"venture\".\"reviewer\" (\"id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"name\" character varying(50) NOT NULL, \"fields\" jsonb NOT NULL, \"relations\" jsonb NOT NULL, \"active\" boolean NOT NULL DEFAULT true, CONSTRAINT \"UQ_0c955f4f1a9368d8f953b0af0cc\" UNIQUE (\"user_id\"), CONSTRAINT \"PK_677dfc9088091c469b6ee6a9c93\" PRIMARY KEY (\"id\"))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"venture\".\"reviewer\"");
    await queryRunner.query("DROP INDEX \"venture\".\"IDX_e8d5bec8d214873056ecd74e68\"");
    await queryRunner.query("DROP TABLE \"venture\".\"recusal\"");
    await queryRunner.query("DROP INDEX \"venture\".\"IDX_0960ff781a500039d868712d60\"");
    await queryRunner.query("DROP TABLE \"venture\".\"review_assignment\"");
    await queryRunner.query("DROP INDEX \"venture\".\"IDX_c0998ec6dd68ccc140786930a4\"");
    await queryRunner.query("DROP INDEX \"venture\".\"IDX_f4b7a7ff0a51eff46e4c566bf9\"");
    await queryRunner.query("DROP TABLE \"venture\".\"proposal\"");
    await queryRunner.query("DROP TABLE \"venture\".\"venture_call\"");
    await queryRunner.query("DROP INDEX \"venture\".\"IDX_c1e2f0714618a554d45f323170\"");
    await queryRunner.query("DROP TABLE \"venture\".\"tranche\"");
    await queryRunner.query("DROP INDEX \"venture\".\"IDX_58e99b8183160fd845df507529\"");
    await queryRunner.query("DROP TABLE \"venture\".\"award\"");
    await queryRunner.query("DROP TABLE \"venture\".\"organization_snapshot\"");
    await queryRunner.query("DROP INDEX \"venture\".\"outbox_unconfirmed\"");
    await queryRunner.query("DROP TABLE \"venture\".\"outbox\"");
    await queryRunner.query("DROP TABLE \"venture\".\"inbox\"");
    await queryRunner.query("DROP INDEX \"venture\".\"audit_entry_entity\"");
    await queryRunner.query("DROP TABLE \"venture\".\"audit_entry\"");
  }
}
