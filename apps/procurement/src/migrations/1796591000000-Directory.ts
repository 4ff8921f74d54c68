import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Directory1796591000000 implements MigrationInterface {
  name = 'Directory1796591000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"procurement\".\"directory_entry\" (\"id\" uuid NOT NULL, \"kind\" character varying(40) NOT NULL, \"name\" character varying(100) NOT NULL, \"organization_id\" uuid, \"credit_code\" character(18), \"resident_id_sealed\" text, \"resident_id_hash\" character(64), \"resident_id_masked\" character varying(18), \"service_areas\" text array NOT NULL, \"service_categories\" text array NOT NULL, \"contact_name\" character varying(50) NOT NULL, \"contact_phone\" text NOT NULL, \"contact_phone_masked\" character varying(30) NOT NULL, \"status\" character varying(10) NOT NULL, \"status_reason\" text, \"decided_by\" character varying(64), \"decided_at\" TIMESTAMP WITH TIME ZONE, \"listed_at\" TIMESTAMP WITH TIME ZONE, \"performance\" jsonb NOT NULL DEFAULT '[]', \"applied_by\" character varying(64) NOT NULL, \"applied_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f3c0989289c2606c32389bf8502\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"directory_entry_status\" ON \"procurement\".\"directory_entry\"  (\"status\", \"kind\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"procurement_directory_resident_once\" ON \"procurement\".\"directory_entry\"  (\"resident_id_hash\") WHERE resident_id_hash IS NOT NULL AND status IN ('PENDING', 'LISTED')");
    await queryRunner.query("CREATE UNIQUE INDEX \"procurement_directory_credit_code_once\" ON \"procurement\".\"directory_entry\"  (\"credit_code\") WHERE credit_code IS NOT NULL AND status IN ('PENDING', 'LISTED')");
    await queryRunner.query("CREATE UNIQUE INDEX \"procurement_directory_organization_once\" ON \"procurement\".\"directory_entry\"  (\"organization_id\") WHERE organization_id IS NOT NULL AND status IN ('PENDING', 'LISTED')");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"procurement\".\"procurement_directory_organization_once\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"procurement_directory_credit_code_once\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"procurement_directory_resident_once\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"directory_entry_status\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"directory_entry\"");
  }
}
