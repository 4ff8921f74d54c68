import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795643819842 implements MigrationInterface {
  name = 'Initial1795643819842';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"organizations\".\"inbox\" (\"message_id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"producer\" character varying(60) NOT NULL, \"handled_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bbd15267b116fd3c45f459a65fa\" PRIMARY KEY (\"message_id\"))");
    await queryRunner.query("CREATE TABLE \"organizations\".\"outbox\" (\"id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"payload\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"published_at\" TIMESTAMP WITH TIME ZONE, \"published_epoch\" character varying(40), \"publish_count\" integer NOT NULL DEFAULT '0', \"confirmed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_340ab539f309f03bdaa14aa7649\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"outbox_unconfirmed\" ON \"organizations\".\"outbox\"  (\"created_at\") WHERE confirmed_at IS NULL");
    await queryRunner.query("CREATE TABLE \"organizations\".\"organization\" (\"id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"category\" character varying(20) NOT NULL, \"area_type\" character varying(5) NOT NULL, \"county_code\" character(6) NOT NULL, \"county_name\" character varying(50) NOT NULL, \"street_code\" character(9) NOT NULL, \"street_name\" character varying(50) NOT NULL, \"community_code\" character(12) NOT NULL, \"community_name\" character varying(50) NOT NULL, \"postal_address\" jsonb NOT NULL, \"activity_site\" character varying(200), \"registered_funds_fen\" bigint NOT NULL, \"is_federation\" boolean NOT NULL, \"member_count\" integer NOT NULL, \"member_organization_ids\" jsonb NOT NULL DEFAULT '[]', \"leaders\" jsonb NOT NULL, \"activity_months\" jsonb NOT NULL DEFAULT '[]', \"financial_custodian\" jsonb, \"uscc\" character(18), \"takes_government_functions\" boolean NOT NULL DEFAULT false, \"founder_background\" character varying(30), \"served_groups\" jsonb NOT NULL DEFAULT '[]', \"graduated_from_incubation\" boolean NOT NULL DEFAULT false, \"tier\" character varying(20) NOT NULL, \"tier_decision\" jsonb NOT NULL, \"registration_threshold\" jsonb NOT NULL, \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_472c1f99a32def1b0abb219cd67\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_23ec46346c84d8636a767d5bfe\" ON \"organizations\".\"organization\"  (\"uscc\") WHERE uscc IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_34d6e7d06790e348a280b79866\" ON \"organizations\".\"organization\"  (\"street_code\") ");
    await queryRunner.query("CREATE INDEX \"IDX_81d3914f9d8cc28f06be8bbcc4\" ON \"organizations\".\"organization\"  (\"county_code\", \"tier\") ");
    await queryRunner.query("CREATE TABLE \"organizations\".\"policy_version\" (\"id\" SERIAL NOT NULL, \"kind\" character varying(30) NOT NULL, \"version\" character varying(30) NOT NULL, \"data\" jsonb NOT NULL, \"created_by\" character varying(100) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3f434bba531e04026bd90fcf7c5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_26855593af22b6db69021572b4\" ON \"organizations\".\"policy_version\"  (\"kind\", \"version\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"organizations\".\"IDX_26855593af22b6db69021572b4\"");
    await queryRunner.query("DROP TABLE \"organizations\".\"policy_version\"");
    await queryRunner.query("DROP INDEX \"organizations\".\"IDX_81d3914f9d8cc28f06be8bbcc4\"");
    await queryRunner.query("DROP INDEX \"organizations\".\"IDX_34d6e7d06790e348a280b79866\"");
    await queryRunner.query("DROP INDEX \"organizations\".\"IDX_23ec46346c84d8636a767d5bfe\"");
    await queryRunner.query("DROP TABLE \"organizations\".\"organization\"");
    await queryRunner.query("DROP INDEX \"organizations\".\"outbox_unconfirmed\"");
    await queryRunner.query("DROP TABLE \"organizations\".\"outbox\"");
    await queryRunner.query("DROP TABLE \"organizations\".\"inbox\"");
  }
}
