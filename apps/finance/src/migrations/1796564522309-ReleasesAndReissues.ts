import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReleasesAndReissues1796564522309 implements MigrationInterface {
  name = 'ReleasesAndReissues1796564522309';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"finance\".\"payment_reissue\" (\"id\" uuid NOT NULL, \"payment_id\" uuid NOT NULL, \"bank_account\" jsonb NOT NULL, \"reason\" character varying(500) NOT NULL, \"status\" character varying(10) NOT NULL, \"proposed_by\" character varying(64) NOT NULL, \"proposed_by_name\" character varying(100) NOT NULL, \"proposed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"decided_by\" character varying(64), \"decided_by_name\" character varying(100), \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decision_comment\" character varying(500), \"new_payment_id\" uuid, CONSTRAINT \"PK_69da035cade5cbac00d048e26d2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"payment_reissue_approved_once\" ON \"finance\".\"payment_reissue\"  (\"payment_id\") WHERE status = 'APPROVED'");
    await queryRunner.query("CREATE UNIQUE INDEX \"payment_reissue_one_open\" ON \"finance\".\"payment_reissue\"  (\"payment_id\") WHERE status = 'PROPOSED'");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" ADD \"released_fen\" bigint NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" ADD \"close_reason\" character varying(500)");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" ADD \"closed_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"finance\".\"payment\" ADD \"reissue_of\" uuid");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"finance\".\"payment\" DROP COLUMN \"reissue_of\"");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" DROP COLUMN \"closed_at\"");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" DROP COLUMN \"close_reason\"");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" DROP COLUMN \"released_fen\"");
    await queryRunner.query("DROP INDEX \"finance\".\"payment_reissue_one_open\"");
    await queryRunner.query("DROP INDEX \"finance\".\"payment_reissue_approved_once\"");
    await queryRunner.query("DROP TABLE \"finance\".\"payment_reissue\"");
  }
}
