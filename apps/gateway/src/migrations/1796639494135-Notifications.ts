import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796639494135 implements MigrationInterface {
  name = 'Notifications1796639494135';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"gateway\".\"inbox\" (\"message_id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"producer\" character varying(60) NOT NULL, \"handled_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bbd15267b116fd3c45f459a65fa\" PRIMARY KEY (\"message_id\"))");
    await queryRunner.query("CREATE TABLE \"gateway\".\"notification_delivery\" (\"id\" uuid NOT NULL, \"notification_id\" uuid NOT NULL, \"channel\" character varying(10) NOT NULL, \"status\" character varying(10) NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" character varying(500), \"queued_at\" TIMESTAMP WITH TIME ZONE, \"finished_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_109dea88c25343da49d86de6bfd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"notification_delivery_pending\" ON \"gateway\".\"notification_delivery\"  (\"created_at\") WHERE status = 'PENDING'");
    await queryRunner.query("CREATE UNIQUE INDEX \"notification_delivery_once\" ON \"gateway\".\"notification_delivery\"  (\"notification_id\", \"channel\") ");
    await queryRunner.query("CREATE TABLE \"gateway\".\"notification_preference\" (\"user_id\" uuid NOT NULL, \"email\" boolean NOT NULL DEFAULT false, \"sms\" boolean NOT NULL DEFAULT false, \"language\" character varying(10) NOT NULL DEFAULT 'zh-CN', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ff040d2d2e35c49b00525783829\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("CREATE TABLE \"gateway\".\"notification\" (\"id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"decision_id\" character varying(200) NOT NULL, \"organization_id\" uuid NOT NULL, \"programme\" character varying(40) NOT NULL, \"subject_type\" character varying(40) NOT NULL, \"subject_id\" uuid NOT NULL, \"outcome\" character varying(40) NOT NULL, \"title_zh\" character varying(200) NOT NULL, \"title_en\" character varying(200) NOT NULL, \"amount_fen\" bigint, \"reason_zh\" character varying(200), \"reason_en\" character varying(200), \"decided_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"link\" character varying(200) NOT NULL, \"read_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_705b6c7cdf9b2c2ff7ac7872cb7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"notification_unread\" ON \"gateway\".\"notification\"  (\"user_id\") WHERE read_at IS NULL");
    await queryRunner.query("CREATE INDEX \"notification_of_user\" ON \"gateway\".\"notification\"  (\"user_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"notification_once_per_user\" ON \"gateway\".\"notification\"  (\"user_id\", \"decision_id\") ");
    await queryRunner.query("CREATE TABLE \"gateway\".\"simulated_sms\" (\"id\" uuid NOT NULL, \"mobile_masked\" character varying(20) NOT NULL, \"text\" text NOT NULL, \"sent_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d05c7e3290117cb15fc99ebc980\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"gateway\".\"user_contact\" (\"user_id\" uuid NOT NULL, \"email\" character varying(254), \"mobile_cipher\" text, \"mobile_masked\" character varying(20), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_abb56b47aedf8bf738ac23b6c15\" PRIMARY KEY (\"user_id\"))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"gateway\".\"user_contact\"");
    await queryRunner.query("DROP TABLE \"gateway\".\"simulated_sms\"");
    await queryRunner.query("DROP INDEX \"gateway\".\"notification_once_per_user\"");
    await queryRunner.query("DROP INDEX \"gateway\".\"notification_of_user\"");
    await queryRunner.query("DROP INDEX \"gateway\".\"notification_unread\"");
    await queryRunner.query("DROP TABLE \"gateway\".\"notification\"");
    await queryRunner.query("DROP TABLE \"gateway\".\"notification_preference\"");
    await queryRunner.query("DROP INDEX \"gateway\".\"notification_delivery_once\"");
    await queryRunner.query("DROP INDEX \"gateway\".\"notification_delivery_pending\"");
    await queryRunner.query("DROP TABLE \"gateway\".\"notification_delivery\"");
    await queryRunner.query("DROP TABLE \"gateway\".\"inbox\"");
  }
}
