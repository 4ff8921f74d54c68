import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Probe1795643939236 implements MigrationInterface {
  name = 'Probe1795643939236';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "probe"."inbox" ("message_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "producer" character varying(60) NOT NULL, "handled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bbd15267b116fd3c45f459a65fa" PRIMARY KEY ("message_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "probe"."outbox" ("id" uuid NOT NULL, "name" character varying(120) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "published_epoch" character varying(40), "publish_count" integer NOT NULL DEFAULT \'0\', "confirmed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_unconfirmed" ON "probe"."outbox"  ("created_at") WHERE confirmed_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "probe"."probe_effect" ("id" SERIAL NOT NULL, "message_id" uuid NOT NULL, "sequence" integer NOT NULL, "pid" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_89108472305a7bf0d3d4e9de537" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "probe"."probe_attempt" ("id" SERIAL NOT NULL, "message_id" uuid NOT NULL, "pid" integer NOT NULL, CONSTRAINT "PK_899145bb700891765739238b9f9" PRIMARY KEY ("id"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "probe"."probe_attempt"');
    await queryRunner.query('DROP TABLE "probe"."probe_effect"');
    await queryRunner.query('DROP INDEX "probe"."outbox_unconfirmed"');
    await queryRunner.query('DROP TABLE "probe"."outbox"');
    await queryRunner.query('DROP TABLE "probe"."inbox"');
  }
}
