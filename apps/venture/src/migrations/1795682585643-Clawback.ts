import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Clawback1795682585643 implements MigrationInterface {
  name = 'Clawback1795682585643';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"venture\".\"award\" ADD \"clawback\" jsonb");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"venture\".\"award\" DROP COLUMN \"clawback\"");
  }
}
