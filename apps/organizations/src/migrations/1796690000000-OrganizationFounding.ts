import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each organization was founded and its field (R9), and its legal form (R2's foundations
 * exception). Rows registered before get the defaults: founded by residents themselves, alone, in
 * another field, a social group, so no decision already made changes.
 */
export class OrganizationFounding1796690000000 implements MigrationInterface {
  name = 'OrganizationFounding1796690000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"organizations\".\"organization\" ADD \"funding_source\" character varying(20) NOT NULL DEFAULT 'RESIDENTS'");
    await queryRunner.query("ALTER TABLE \"organizations\".\"organization\" ADD \"founding_partner\" character varying(30) NOT NULL DEFAULT 'NONE'");
    await queryRunner.query("ALTER TABLE \"organizations\".\"organization\" ADD \"service_field\" character varying(30) NOT NULL DEFAULT 'OTHER'");
    await queryRunner.query("ALTER TABLE \"organizations\".\"organization\" ADD \"legal_form\" character varying(20) NOT NULL DEFAULT 'SOCIAL_GROUP'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"organizations\".\"organization\" DROP COLUMN \"legal_form\"");
    await queryRunner.query("ALTER TABLE \"organizations\".\"organization\" DROP COLUMN \"service_field\"");
    await queryRunner.query("ALTER TABLE \"organizations\".\"organization\" DROP COLUMN \"founding_partner\"");
    await queryRunner.query("ALTER TABLE \"organizations\".\"organization\" DROP COLUMN \"funding_source\"");
  }
}
