import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RoundConclusion1796740000000 implements MigrationInterface {
  name = 'RoundConclusion1796740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"venture\".\"venture_call\" ADD \"concluded_at\" TIMESTAMP WITH TIME ZONE");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"venture\".\"venture_call\" DROP COLUMN \"concluded_at\"");
  }
}
