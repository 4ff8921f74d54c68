import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Disclosure1795672176764 implements MigrationInterface {
  name = 'Disclosure1795672176764';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"lottery_fund\".\"disclosure_notice\" (\"id\" uuid NOT NULL, \"kind\" character varying(20) NOT NULL, \"fiscal_year\" integer NOT NULL, \"application_id\" uuid, \"title\" character varying(200) NOT NULL, \"content\" jsonb NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"corrects\" uuid, \"correction_reason\" character varying(500), \"objections_until\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_f1f378aa2ae511cea828829f54f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"disclosure_notice_corrected_once\" ON \"lottery_fund\".\"disclosure_notice\"  (\"corrects\") WHERE corrects IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_e76ebe09cff013e1b9a6d5bbe9\" ON \"lottery_fund\".\"disclosure_notice\"  (\"fiscal_year\") ");
    await queryRunner.query("CREATE TABLE \"lottery_fund\".\"objection\" (\"id\" uuid NOT NULL, \"notice_id\" uuid NOT NULL, \"name\" character varying(50) NOT NULL, \"contact\" character varying(50) NOT NULL, \"content\" text NOT NULL, \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f66a92a8254c445494f6cc3be60\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1f4ddfde422ade5bc08e0bb905\" ON \"lottery_fund\".\"objection\"  (\"notice_id\") ");
    // rule R23: a published notice is never edited or deleted; a correction is a new notice.
    await queryRunner.query(`CREATE FUNCTION "lottery_fund".notice_is_never_edited() RETURNS trigger
      LANGUAGE plpgsql AS $$ BEGIN
        RAISE EXCEPTION 'rule R23: a published notice is never edited or deleted; publish a correction';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER disclosure_notice_never_edited
      BEFORE UPDATE OR DELETE ON "lottery_fund".disclosure_notice
      FOR EACH ROW EXECUTE FUNCTION "lottery_fund".notice_is_never_edited()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER disclosure_notice_never_edited ON "lottery_fund".disclosure_notice');
    await queryRunner.query('DROP FUNCTION "lottery_fund".notice_is_never_edited()');
    await queryRunner.query("DROP INDEX \"lottery_fund\".\"IDX_1f4ddfde422ade5bc08e0bb905\"");
    await queryRunner.query("DROP TABLE \"lottery_fund\".\"objection\"");
    await queryRunner.query("DROP INDEX \"lottery_fund\".\"IDX_e76ebe09cff013e1b9a6d5bbe9\"");
    await queryRunner.query("DROP INDEX \"lottery_fund\".\"disclosure_notice_corrected_once\"");
    await queryRunner.query("DROP TABLE \"lottery_fund\".\"disclosure_notice\"");
  }
}
