import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795679208638 implements MigrationInterface {
  name = 'Initial1795679208638';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"incubation\".\"audit_entry\" (\"seq\" bigint NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_id\" text NOT NULL, \"actor_roles\" text array NOT NULL, \"action\" text NOT NULL, \"entity_type\" text NOT NULL, \"entity_id\" text NOT NULL, \"before\" jsonb, \"after\" jsonb, \"request_id\" text, \"prev_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"PK_bb4ea39cbd1686232d5fdda3a01\" PRIMARY KEY (\"seq\"))");
    await queryRunner.query("CREATE INDEX \"audit_entry_entity\" ON \"incubation\".\"audit_entry\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"incubation\".\"inbox\" (\"message_id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"producer\" character varying(60) NOT NULL, \"handled_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bbd15267b116fd3c45f459a65fa\" PRIMARY KEY (\"message_id\"))");
    await queryRunner.query("CREATE TABLE \"incubation\".\"outbox\" (\"id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"payload\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"published_at\" TIMESTAMP WITH TIME ZONE, \"published_epoch\" character varying(40), \"publish_count\" integer NOT NULL DEFAULT '0', \"confirmed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_340ab539f309f03bdaa14aa7649\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"outbox_unconfirmed\" ON \"incubation\".\"outbox\"  (\"created_at\") WHERE confirmed_at IS NULL");
    await queryRunner.query("CREATE TABLE \"incubation\".\"organization_snapshot\" (\"organization_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"data\" jsonb NOT NULL, \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_cadce387a2c773097a6cd1ffa31\" PRIMARY KEY (\"organization_id\"))");
    await queryRunner.query("CREATE TABLE \"incubation\".\"admission_application\" (\"id\" uuid NOT NULL, \"cohort_id\" uuid NOT NULL, \"kind\" character varying(20) NOT NULL, \"organization_id\" uuid, \"name\" character varying(100) NOT NULL, \"founders\" integer, \"category\" character varying(20) NOT NULL, \"area_type\" character varying(5) NOT NULL, \"county_code\" character(6) NOT NULL, \"street_code\" character(9) NOT NULL, \"founder_background\" character varying(30), \"served_groups\" jsonb NOT NULL, \"plan\" text NOT NULL, \"contact_name\" character varying(50) NOT NULL, \"contact_phone\" character varying(20) NOT NULL, \"priority\" jsonb NOT NULL, \"priority_bonus\" integer NOT NULL, \"screening\" jsonb NOT NULL, \"merit\" integer, \"status\" character varying(20) NOT NULL, \"decision\" jsonb, \"submitted_by\" character varying(64) NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_26fd81d165f841f937bed8ca053\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"admission_once_per_organization\" ON \"incubation\".\"admission_application\"  (\"cohort_id\", \"organization_id\") WHERE organization_id IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_09f320a62cce3bf5e2746be64c\" ON \"incubation\".\"admission_application\"  (\"cohort_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"incubation\".\"in_kind_support\" (\"id\" uuid NOT NULL, \"incubatee_id\" uuid NOT NULL, \"cohort_id\" uuid NOT NULL, \"kind\" character varying(12) NOT NULL, \"value_fen\" bigint NOT NULL, \"basis\" jsonb NOT NULL, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6c393d93292362c63321348e7a5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_9066f68b0ebf401189bbdad037\" ON \"incubation\".\"in_kind_support\"  (\"incubatee_id\") ");
    await queryRunner.query("CREATE TABLE \"incubation\".\"incubatee\" (\"id\" uuid NOT NULL, \"cohort_id\" uuid NOT NULL, \"base_id\" uuid NOT NULL, \"organization_id\" uuid, \"name\" character varying(100) NOT NULL, \"admitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"status\" character varying(10) NOT NULL, \"exited_on\" date, \"exit_reason\" character varying(500), \"graduation\" jsonb, \"space_return_due\" date, \"space_returned_on\" date, CONSTRAINT \"PK_bff06f0af9ba74e3a5254edcaa3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_86fb92ed6811bc431065d4cfcb\" ON \"incubation\".\"incubatee\"  (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ebe5eb3e0f4b68c00c1e49ee19\" ON \"incubation\".\"incubatee\"  (\"cohort_id\") ");
    await queryRunner.query("CREATE TABLE \"incubation\".\"incubatee_activity\" (\"id\" uuid NOT NULL, \"incubatee_id\" uuid NOT NULL, \"title\" character varying(100) NOT NULL, \"held_on\" date NOT NULL, CONSTRAINT \"PK_4118ef99b15ed492e72a027a4f5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_51b5716cae670545bc4e6f97f9\" ON \"incubation\".\"incubatee_activity\"  (\"incubatee_id\") ");
    await queryRunner.query("CREATE TABLE \"incubation\".\"startup_subsidy\" (\"id\" uuid NOT NULL, \"incubatee_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"organization_name\" character varying(100) NOT NULL, \"amount_fen\" bigint NOT NULL, \"bank_account\" jsonb NOT NULL, \"status\" character varying(20) NOT NULL, \"status_reason\" jsonb, \"payment_id\" uuid, \"bank_reference\" character varying(60), \"paid_at\" TIMESTAMP WITH TIME ZONE, \"custodian_name\" character varying(100), \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_de4ec9037db62b4412fe35603ec\" UNIQUE (\"incubatee_id\"), CONSTRAINT \"PK_d7b7b16caa5f7b68acd8c970062\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"incubation\".\"venue_assignment\" (\"id\" uuid NOT NULL, \"venue_id\" uuid NOT NULL, \"incubatee_id\" uuid NOT NULL, \"assigned_on\" date NOT NULL, \"released_on\" date, CONSTRAINT \"PK_c97ab6d6d0822befdcb0dce2e2b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"venue_assignment_one_open\" ON \"incubation\".\"venue_assignment\"  (\"incubatee_id\") WHERE released_on IS NULL");
    await queryRunner.query("CREATE INDEX \"IDX_9e4b3c88e95a2cd7592f5c3042\" ON \"incubation\".\"venue_assignment\"  (\"venue_id\") ");
    await queryRunner.query("CREATE TABLE \"incubation\".\"training_attendance\" (\"session_id\" uuid NOT NULL, \"incubatee_id\" uuid NOT NULL, CONSTRAINT \"PK_48370d787fb7ae56e3ac330682d\" PRIMARY KEY (\"session_id\", \"incubatee_id\"))");
    await queryRunner.query("CREATE TABLE \"incubation\".\"training_session\" (\"id\" uuid NOT NULL, \"cohort_id\" uuid NOT NULL, \"title\" character varying(100) NOT NULL, \"held_on\" date NOT NULL, \"hours\" integer NOT NULL, \"trainer\" character varying(50) NOT NULL, CONSTRAINT \"PK_a17a9657ff5a6e048bfd82c4651\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ac4720af3b71cbf25185eaed23\" ON \"incubation\".\"training_session\"  (\"cohort_id\") ");
    await queryRunner.query("CREATE TABLE \"incubation\".\"incubation_base\" (\"id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"level\" character varying(10) NOT NULL, \"county_code\" character(6) NOT NULL, \"address\" character varying(200) NOT NULL, \"contact_name\" character varying(50) NOT NULL, \"contact_phone\" character varying(20) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_48a4c85d5b761c3ddd9354c8171\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_310259c4e84dc12b1cefc3d048\" ON \"incubation\".\"incubation_base\"  (\"county_code\") ");
    await queryRunner.query("CREATE TABLE \"incubation\".\"venue\" (\"id\" uuid NOT NULL, \"base_id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"area_m2\" integer NOT NULL, \"capacity\" integer NOT NULL, \"shared\" boolean NOT NULL, \"monthly_rate_fen_per_m2\" bigint NOT NULL, CONSTRAINT \"PK_c53deb6d1bcb088f9d459e7dbc0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_df5093824ff277da6878d22431\" ON \"incubation\".\"venue\"  (\"base_id\") ");
    await queryRunner.query("CREATE TABLE \"incubation\".\"cohort\" (\"id\" uuid NOT NULL, \"base_id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"capacity\" integer NOT NULL, \"window_opens_on\" date NOT NULL, \"window_closes_on\" date NOT NULL, \"closed_early_on\" date, \"starts_on\" date NOT NULL, \"term_months\" integer NOT NULL, \"rural_reserve_percent\" integer NOT NULL, \"support\" jsonb NOT NULL, \"graduation_criteria\" jsonb NOT NULL, \"eligible_categories\" jsonb, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4fb3cca38dc4b461110344e5f9b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fd8bfa798dd0c76fc7e8a8279e\" ON \"incubation\".\"cohort\"  (\"base_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"incubation\".\"IDX_fd8bfa798dd0c76fc7e8a8279e\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"cohort\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"IDX_df5093824ff277da6878d22431\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"venue\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"IDX_310259c4e84dc12b1cefc3d048\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"incubation_base\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"IDX_ac4720af3b71cbf25185eaed23\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"training_session\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"training_attendance\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"IDX_9e4b3c88e95a2cd7592f5c3042\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"venue_assignment_one_open\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"venue_assignment\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"startup_subsidy\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"IDX_51b5716cae670545bc4e6f97f9\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"incubatee_activity\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"IDX_ebe5eb3e0f4b68c00c1e49ee19\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"IDX_86fb92ed6811bc431065d4cfcb\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"incubatee\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"IDX_9066f68b0ebf401189bbdad037\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"in_kind_support\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"IDX_09f320a62cce3bf5e2746be64c\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"admission_once_per_organization\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"admission_application\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"organization_snapshot\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"outbox_unconfirmed\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"outbox\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"inbox\"");
    await queryRunner.query("DROP INDEX \"incubation\".\"audit_entry_entity\"");
    await queryRunner.query("DROP TABLE \"incubation\".\"audit_entry\"");
  }
}
