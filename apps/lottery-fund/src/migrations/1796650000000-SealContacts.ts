import { maskAccountNumber, maskPhone, normalizeAccountNumber, normalizePhone } from '@civic/domain/identifiers';
import { migrationCipher, type PersonalDataCipher } from '@civic/platform/pii';
import type { MigrationInterface, QueryRunner } from 'typeorm';

type StoredAccount = Record<string, string>;

/**
 * R30: applications' contact phones and payee account numbers, and objectors' contacts, are
 * stored sealed (PersonalDataCipher tokens) with a masked phone beside them. Rows stored before
 * are sealed here as they are (older ones were not checked as strictly; they are kept, not
 * dropped). Audit entries written before keep what they recorded: the chain is never edited.
 */
export class SealContacts1796650000000 implements MigrationInterface {
  name = 'SealContacts1796650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ALTER COLUMN \"contact_phone\" TYPE text");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ADD \"contact_phone_masked\" character varying(20) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"objection\" ALTER COLUMN \"contact\" TYPE text");
    const applications: { id: string; contact_phone: string; bank_account: StoredAccount }[] =
      await queryRunner.query('SELECT id, contact_phone, bank_account FROM "lottery_fund"."subsidy_application"');
    const objections: { id: string; contact: string }[] = await queryRunner.query(
      'SELECT id, contact FROM "lottery_fund"."objection"',
    );
    if (applications.length === 0 && objections.length === 0) return;
    const cipher = migrationCipher();
    for (const row of applications) {
      const phone = normalizePhone(row.contact_phone);
      await queryRunner.query(
        'UPDATE "lottery_fund"."subsidy_application" SET contact_phone = $2, contact_phone_masked = $3, bank_account = $4 WHERE id = $1',
        [row.id, cipher.encrypt(phone), maskPhone(phone).slice(0, 20), JSON.stringify(sealAccount(cipher, row.bank_account))],
      );
    }
    for (const row of objections) {
      await queryRunner.query('UPDATE "lottery_fund"."objection" SET contact = $2 WHERE id = $1', [
        row.id,
        cipher.encrypt(row.contact.trim()),
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const applications: { id: string; contact_phone: string; bank_account: StoredAccount }[] =
      await queryRunner.query('SELECT id, contact_phone, bank_account FROM "lottery_fund"."subsidy_application"');
    const objections: { id: string; contact: string }[] = await queryRunner.query(
      'SELECT id, contact FROM "lottery_fund"."objection"',
    );
    const cipher = applications.length + objections.length > 0 ? migrationCipher() : undefined;
    for (const row of applications) {
      const { accountNumberSealed, accountNumberMasked: _masked, ...rest } = row.bank_account;
      await queryRunner.query(
        'UPDATE "lottery_fund"."subsidy_application" SET contact_phone = $2, bank_account = $3 WHERE id = $1',
        [row.id, cipher!.decrypt(row.contact_phone), JSON.stringify({ ...rest, accountNumber: cipher!.decrypt(accountNumberSealed) })],
      );
    }
    for (const row of objections) {
      await queryRunner.query('UPDATE "lottery_fund"."objection" SET contact = $2 WHERE id = $1', [
        row.id,
        cipher!.decrypt(row.contact),
      ]);
    }
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"objection\" ALTER COLUMN \"contact\" TYPE character varying(50)");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" DROP COLUMN \"contact_phone_masked\"");
    await queryRunner.query("ALTER TABLE \"lottery_fund\".\"subsidy_application\" ALTER COLUMN \"contact_phone\" TYPE character varying(20)");
  }
}

function sealAccount(cipher: PersonalDataCipher, account: StoredAccount): StoredAccount {
  if (account.accountNumberSealed) return account;
  const { accountNumber, ...rest } = account;
  const number = normalizeAccountNumber(String(accountNumber ?? ''));
  return {
    ...rest,
    accountNumberSealed: cipher.encrypt(number),
    accountNumberMasked: maskAccountNumber(number),
  };
}
