import { migrationCipher, type PersonalDataCipher } from '@civic/platform/pii';
import type { MigrationInterface, QueryRunner } from 'typeorm';

type StoredAccount = Record<string, string>;
type Row = { id: string; bank_account: StoredAccount };

const TABLES = ['payment', 'payment_reissue'] as const;
const CHUNK = 1000;

/** The masked form finance shows (`****1234`), as it was when this migration was written. */
function masked(accountNumber: string): string {
  return accountNumber.length <= 4 ? accountNumber : `****${accountNumber.slice(-4)}`;
}

/**
 * R30: payees' account numbers in payments and re-issue proposals are stored sealed
 * (PersonalDataCipher tokens) in a column of their own, with the masked form views show beside
 * them; the clear number leaves the `bank_account` jsonb (holder and bank stay). Rows stored
 * before are sealed here, in chunks; PII_KEY is needed only when there are any. The simulated
 * bank's books (`simulated_bank_transfer`) stand for the bank, outside the platform: left as they are.
 */
export class SealAccountNumbers1796670000000 implements MigrationInterface {
  name = 'SealAccountNumbers1796670000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "finance"."${table}" ADD "account_number_sealed" text`);
      await queryRunner.query(
        `ALTER TABLE "finance"."${table}" ADD "account_number_masked" character varying(20)`,
      );
    }
    let cipher: PersonalDataCipher | undefined;
    for (const table of TABLES) {
      const rows: Row[] = await queryRunner.query(
        `SELECT id, bank_account FROM "finance"."${table}"
          WHERE bank_account IS NOT NULL AND bank_account ? 'accountNumber'`,
      );
      if (rows.length > 0) cipher ??= migrationCipher();
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        const numbers = chunk.map((row) => String(row.bank_account.accountNumber));
        await queryRunner.query(
          `UPDATE "finance"."${table}" t
              SET bank_account = t.bank_account - 'accountNumber',
                  account_number_sealed = s.sealed,
                  account_number_masked = s.masked
             FROM unnest($1::uuid[], $2::text[], $3::text[]) AS s(id, sealed, masked)
            WHERE t.id = s.id`,
          [
            chunk.map((row) => row.id),
            numbers.map((number) => cipher!.encrypt(number)),
            numbers.map(masked),
          ],
        );
      }
    }
    await queryRunner.query(
      'ALTER TABLE "finance"."payment_reissue" ALTER COLUMN "account_number_sealed" SET NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "finance"."payment_reissue" ALTER COLUMN "account_number_masked" SET NOT NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    let cipher: PersonalDataCipher | undefined;
    for (const table of TABLES) {
      const rows: { id: string; account_number_sealed: string }[] = await queryRunner.query(
        `SELECT id, account_number_sealed FROM "finance"."${table}"
          WHERE account_number_sealed IS NOT NULL`,
      );
      if (rows.length > 0) cipher ??= migrationCipher();
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        await queryRunner.query(
          `UPDATE "finance"."${table}" t
              SET bank_account = t.bank_account || jsonb_build_object('accountNumber', s.number)
             FROM unnest($1::uuid[], $2::text[]) AS s(id, number)
            WHERE t.id = s.id`,
          [chunk.map((row) => row.id), chunk.map((row) => cipher!.decrypt(row.account_number_sealed))],
        );
      }
      await queryRunner.query(`ALTER TABLE "finance"."${table}" DROP COLUMN "account_number_masked"`);
      await queryRunner.query(`ALTER TABLE "finance"."${table}" DROP COLUMN "account_number_sealed"`);
    }
  }
}
