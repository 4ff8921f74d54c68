import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795655621724 implements MigrationInterface {
  name = 'Identity1795655621724';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"gateway\".\"audit_entry\" (\"seq\" bigint NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_id\" text NOT NULL, \"actor_roles\" text array NOT NULL, \"action\" text NOT NULL, \"entity_type\" text NOT NULL, \"entity_id\" text NOT NULL, \"before\" jsonb, \"after\" jsonb, \"request_id\" text, \"prev_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"PK_bb4ea39cbd1686232d5fdda3a01\" PRIMARY KEY (\"seq\"))");
    await queryRunner.query("CREATE INDEX \"audit_entry_entity\" ON \"gateway\".\"audit_entry\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"gateway\".\"session\" (\"id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"refresh_hash\" character(64) NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"revoked_reason\" character varying(30), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_d3fbfc3dae3d421d2e6486bd377\" UNIQUE (\"refresh_hash\"), CONSTRAINT \"PK_f55da76ac1c3ac420f444d2ff11\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_30e98e8746699fb9af235410af\" ON \"gateway\".\"session\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"gateway\".\"user_account\" (\"id\" uuid NOT NULL, \"username\" character varying(64) NOT NULL, \"display_name\" character varying(50) NOT NULL, \"password_hash\" character varying(200) NOT NULL, \"roles\" text array NOT NULL, \"organization_id\" uuid, \"base_id\" uuid, \"street_code\" character(9), \"disabled\" boolean NOT NULL DEFAULT false, \"failed_logins\" integer NOT NULL DEFAULT '0', \"locked_until\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"UQ_3c4d4fae641bf9048ad324ee0d9\" UNIQUE (\"username\"), CONSTRAINT \"PK_6acfec7285fdf9f463462de3e9f\" PRIMARY KEY (\"id\"))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"gateway\".\"user_account\"");
    await queryRunner.query("DROP INDEX \"gateway\".\"IDX_30e98e8746699fb9af235410af\"");
    await queryRunner.query("DROP TABLE \"gateway\".\"session\"");
    await queryRunner.query("DROP INDEX \"gateway\".\"audit_entry_entity\"");
    await queryRunner.query("DROP TABLE \"gateway\".\"audit_entry\"");
  }
}
