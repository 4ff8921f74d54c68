import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyCopies1796740000000 implements MigrationInterface {
  name = 'PolicyCopies1796740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"finance\".\"policy_copy\" (\"kind\" character varying(30) NOT NULL, \"region_code\" character(6) NOT NULL, \"version\" character varying(30) NOT NULL, \"effective_from\" date NOT NULL, \"body\" jsonb NOT NULL, \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_88360d38d535288108eb33a579f\" PRIMARY KEY (\"kind\", \"region_code\", \"version\"))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"finance\".\"policy_copy\"");
  }
}
