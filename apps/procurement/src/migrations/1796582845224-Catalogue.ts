import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Catalogue1796582845224 implements MigrationInterface {
  name = 'Catalogue1796582845224';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"procurement\".\"catalogue_item\" (\"id\" uuid NOT NULL, \"region_code\" character(6) NOT NULL, \"fiscal_year\" integer NOT NULL, \"category1\" character varying(50) NOT NULL, \"category2\" character varying(50), \"category3\" character varying(50), \"name\" character varying(100) NOT NULL, \"description\" text NOT NULL, \"unit\" character varying(20) NOT NULL, \"reference_price_fen\" bigint, \"stable\" boolean NOT NULL DEFAULT false, \"policy_version\" character varying(30) NOT NULL, \"created_by\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_cceea29e4ef241d5781d8393ef7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"catalogue_item_region_year\" ON \"procurement\".\"catalogue_item\"  (\"region_code\", \"fiscal_year\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"procurement_catalogue_item_once\" ON \"procurement\".\"catalogue_item\"  (\"region_code\", \"fiscal_year\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"procurement\".\"policy_version\" (\"id\" SERIAL NOT NULL, \"kind\" character varying(30) NOT NULL, \"version\" character varying(30) NOT NULL, \"data\" jsonb NOT NULL, \"created_by\" character varying(100) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3f434bba531e04026bd90fcf7c5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"procurement_policy_version_once\" ON \"procurement\".\"policy_version\"  (\"kind\", \"version\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"procurement\".\"procurement_policy_version_once\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"policy_version\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"procurement_catalogue_item_once\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"catalogue_item_region_year\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"catalogue_item\"");
  }
}
