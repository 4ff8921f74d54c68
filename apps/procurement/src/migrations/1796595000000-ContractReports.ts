import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Performance reports (履约报告) by the undertaker on its contract years (R25): at most one final
 * report per contract year. Not published: they may name the people served (R30).
 */
export class ContractReports1796595000000 implements MigrationInterface {
  name = 'ContractReports1796595000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"procurement\".\"contract_report\" (\"id\" uuid NOT NULL, \"contract_id\" uuid NOT NULL, \"year_id\" uuid NOT NULL, \"year\" integer NOT NULL, \"kind\" character varying(10) NOT NULL, \"period_from\" date NOT NULL, \"period_to\" date NOT NULL, \"summary\" text NOT NULL, \"figures\" jsonb NOT NULL, \"submitted_by\" character varying(64) NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_86704576b39be047baafc0bc3e3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"contract_report_final_once\" ON \"procurement\".\"contract_report\"  (\"year_id\") WHERE kind = 'FINAL'");
    await queryRunner.query("CREATE INDEX \"contract_report_contract\" ON \"procurement\".\"contract_report\"  (\"contract_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"procurement\".\"contract_report_contract\"");
    await queryRunner.query("DROP INDEX \"procurement\".\"contract_report_final_once\"");
    await queryRunner.query("DROP TABLE \"procurement\".\"contract_report\"");
  }
}
