import { maskPhone, normalizePhone } from '@civic/domain/identifiers';
import { migrationCipher } from '@civic/platform/pii';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R30: proposals' contact phones are stored sealed (PersonalDataCipher tokens) with a masked phone
 * beside them, which views show. Rows stored before are sealed here as they are. Bank accounts are
 * left as they were. Audit entries written before keep what they recorded: the chain is never edited.
 */
export class SealContacts1796660000001 implements MigrationInterface {
  name = 'SealContacts1796660000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"venture\".\"proposal\" ALTER COLUMN \"contact_phone\" TYPE text");
    await queryRunner.query("ALTER TABLE \"venture\".\"proposal\" ADD \"contact_phone_masked\" character varying(20) NOT NULL DEFAULT ''");
    const rows: { id: string; contact_phone: string }[] = await queryRunner.query(
      'SELECT id, contact_phone FROM "venture"."proposal"',
    );
    if (rows.length === 0) return;
    const cipher = migrationCipher();
    for (const row of rows) {
      const phone = normalizePhone(row.contact_phone);
      await queryRunner.query(
        'UPDATE "venture"."proposal" SET contact_phone = $2, contact_phone_masked = $3 WHERE id = $1',
        [row.id, cipher.encrypt(phone), maskPhone(phone).slice(0, 20)],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const rows: { id: string; contact_phone: string }[] = await queryRunner.query(
      'SELECT id, contact_phone FROM "venture"."proposal"',
    );
    const cipher = rows.length > 0 ? migrationCipher() : undefined;
    for (const row of rows) {
      await queryRunner.query('UPDATE "venture"."proposal" SET contact_phone = $2 WHERE id = $1', [
        row.id,
        cipher!.decrypt(row.contact_phone),
      ]);
    }
    await queryRunner.query("ALTER TABLE \"venture\".\"proposal\" DROP COLUMN \"contact_phone_masked\"");
    await queryRunner.query("ALTER TABLE \"venture\".\"proposal\" ALTER COLUMN \"contact_phone\" TYPE character varying(20)");
  }
}
