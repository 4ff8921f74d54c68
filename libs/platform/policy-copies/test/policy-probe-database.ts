import type { ServiceDatabase } from '@civic/platform/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PolicyCopy } from '../src';

/** The table every programme service migrates (its `PolicyCopies` migration), in a schema of its own. */
class PolicyProbe1796680000001 implements MigrationInterface {
  name = 'PolicyProbe1796680000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "policy_probe"."policy_copy" ("kind" character varying(30) NOT NULL, "region_code" character(6) NOT NULL, "version" character varying(30) NOT NULL, "effective_from" date NOT NULL, "body" jsonb NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_policy_probe_copy" PRIMARY KEY ("kind", "region_code", "version"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "policy_probe"."policy_copy"');
  }
}

/** A schema like any programme service's, holding just its policy copies. */
export const POLICY_PROBE_DATABASE: ServiceDatabase = {
  schema: 'policy_probe',
  entities: [PolicyCopy],
  migrations: [PolicyProbe1796680000001],
};
