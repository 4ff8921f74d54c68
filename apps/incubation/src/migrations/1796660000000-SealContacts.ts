import { maskPhone, normalizePhone } from '@civic/domain/identifiers';
import { migrationCipher } from '@civic/platform/pii';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['admission_application', 'incubation_base'] as const;

/**
 * R30: admission applications' and bases' contact phones are stored sealed (PersonalDataCipher
 * tokens) with a masked phone beside them, which views show. Rows stored before are sealed here as
 * they are. Audit entries written before keep what they recorded: the chain is never edited.
 */
export class SealContacts1796660000000 implements MigrationInterface {
  name = 'SealContacts1796660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "incubation"."${table}" ALTER COLUMN "contact_phone" TYPE text`);
      await queryRunner.query(`ALTER TABLE "incubation"."${table}" ADD "contact_phone_masked" character varying(20) NOT NULL DEFAULT ''`);
    }
    const rows = await Promise.all(TABLES.map((table) => stored(queryRunner, table)));
    if (rows.every((r) => r.length === 0)) return;
    const cipher = migrationCipher();
    for (const [i, table] of TABLES.entries()) {
      for (const row of rows[i]) {
        const phone = normalizePhone(row.contact_phone);
        await queryRunner.query(
          `UPDATE "incubation"."${table}" SET contact_phone = $2, contact_phone_masked = $3 WHERE id = $1`,
          [row.id, cipher.encrypt(phone), maskPhone(phone).slice(0, 20)],
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const rows = await Promise.all(TABLES.map((table) => stored(queryRunner, table)));
    const cipher = rows.some((r) => r.length > 0) ? migrationCipher() : undefined;
    for (const [i, table] of TABLES.entries()) {
      for (const row of rows[i]) {
        await queryRunner.query(`UPDATE "incubation"."${table}" SET contact_phone = $2 WHERE id = $1`, [
          row.id,
          cipher!.decrypt(row.contact_phone),
        ]);
      }
      await queryRunner.query(`ALTER TABLE "incubation"."${table}" DROP COLUMN "contact_phone_masked"`);
      await queryRunner.query(`ALTER TABLE "incubation"."${table}" ALTER COLUMN "contact_phone" TYPE character varying(20)`);
    }
  }
}

function stored(queryRunner: QueryRunner, table: string): Promise<{ id: string; contact_phone: string }[]> {
  return queryRunner.query(`SELECT id, contact_phone FROM "incubation"."${table}"`);
}
